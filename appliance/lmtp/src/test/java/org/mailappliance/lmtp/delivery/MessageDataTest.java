package org.mailappliance.lmtp.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailappliance.lmtp.address.MailPath;
import org.mailappliance.connector.api.testing.MemoryLiteral;

class MessageDataTest {

    private static final MemoryLiteral BODY = new MemoryLiteral("Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII), false);

    @Test
    void returnPathComesFirst() throws IOException {
        MessageData data = new MessageData(BODY, new MailPath("s", "example.net"), "mx");
        try (InputStream in = data.openWithReturnPath()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("Return-Path: <s@example.net>\r\nSubject: x\r\n\r\nbody\r\n");
        }
        assertThat(data.rawSize()).isEqualTo(BODY.size());
    }

    private static String filtered(String message) throws IOException {
        MemoryLiteral raw = new MemoryLiteral(message.getBytes(StandardCharsets.US_ASCII), false);
        try (InputStream in = new MessageData(raw, MailPath.NULL, "mx").openWithReturnPath()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void returnPathFieldsOfTheClientAreDroppedFromTheHeaderOnly() throws IOException {
        assertThat(filtered("Return-Path: <forged@x>\r\nSubject: a\r\nreturn-path : <b@x>\r\n <folded>\r\n"
                + "X-Return-Path: kept\r\n\r\nReturn-Path: <in body>\r\n"))
                .isEqualTo("Return-Path: <>\r\nSubject: a\r\nX-Return-Path: kept\r\n\r\nReturn-Path: <in body>\r\n");
        assertThat(filtered("Subject: a\nReturn-Path: <x>\n\tmore\nTo: b\n\nbody"))
                .isEqualTo("Return-Path: <>\r\nSubject: a\nTo: b\n\nbody");
        assertThat(filtered("\r\nReturn-Path: <not a header>\r\n"))
                .isEqualTo("Return-Path: <>\r\n\r\nReturn-Path: <not a header>\r\n");
        assertThat(filtered("Return-Path")).isEqualTo("Return-Path: <>\r\nReturn-Path");
        assertThat(filtered("")).isEqualTo("Return-Path: <>\r\n");
    }

    @Test
    void longLinesStream() throws IOException {
        String longField = "X-Long: " + "y".repeat(200_000) + "\r\n";
        assertThat(filtered("Return-Path: <" + "z".repeat(100_000) + ">\r\n" + longField + "\r\nbody"))
                .isEqualTo("Return-Path: <>\r\n" + longField + "\r\nbody");
    }

    @Test
    void nullSenderAndSenderWithoutDomain() {
        assertThat(new MessageData(BODY, MailPath.NULL, "mx").returnPathField()).isEqualTo("Return-Path: <>\r\n");
        assertThat(new MessageData(BODY, new MailPath("daemon", null), "mx.example").returnPathField())
                .isEqualTo("Return-Path: <daemon@mx.example>\r\n");
        assertThat(new MessageData(BODY, new MailPath("a b", "x.example"), "mx").returnPathField())
                .isEqualTo("Return-Path: <\"a b\"@x.example>\r\n");
    }
}
