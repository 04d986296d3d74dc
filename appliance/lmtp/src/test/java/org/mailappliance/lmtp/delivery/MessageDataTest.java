package org.mailappliance.lmtp.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailappliance.lmtp.address.MailPath;
import org.mailappliance.lmtp.testing.MemoryLiteral;

class MessageDataTest {

    private static final MemoryLiteral BODY = new MemoryLiteral("Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII), false);

    @Test
    void returnPathComesFirst() throws IOException {
        MessageData data = new MessageData(BODY, new MailPath("s", "example.net"), "mx");
        try (InputStream in = data.openWithReturnPath()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("Return-Path: <s@example.net>\r\nSubject: x\r\n\r\nbody\r\n");
        }
        assertThat(data.sizeWithReturnPath()).isEqualTo(30 + BODY.size());
        assertThat(data.rawSize()).isEqualTo(BODY.size());
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
