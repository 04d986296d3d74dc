package org.mailappliance.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageScannerTest {
    private static final String FORWARD = String.join("\r\n",
            "From: Alice <alice@example.org>",
            "Subject: Fwd",
            "X-Tag: =?ISO-8859-1?Q?M=FCnchen?=",
            "Content-Type: multipart/mixed; boundary=\"b\"",
            "",
            "--b",
            "Content-Type: text/plain; charset=iso-8859-2",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Za=BF=F3=B3=E6 g=EA=B6l=B1 ja=BC=F1",
            "--b",
            "Content-Type: message/rfc822",
            "Content-Disposition: attachment; filename=\"inner.eml\"",
            "",
            "From: Carol <carol@example.com>",
            "Subject: Inner subject",
            "",
            "Inner body text.",
            "--b--",
            "");

    @TempDir
    Path dir;

    private boolean[] scan(String message, SearchKey... keys) throws IOException {
        Path f = dir.resolve("m.eml");
        Files.write(f, message.getBytes(StandardCharsets.ISO_8859_1));
        return MessageScanner.scan(f, List.of(keys));
    }

    @Test
    void headerKeysSeeOnlyTheTopLevelHeaderDecoded() throws IOException {
        assertThat(scan(FORWARD, new SearchKey.Header("x-tag", "munchen"), new SearchKey.Header("Subject", "inner"),
                new SearchKey.Header("From", "alice"), new SearchKey.Header("Content-Disposition", "")))
                .containsExactly(true, false, true, false);
    }

    @Test
    void bodySeesDecodedTextPartsAndTheAttachedMessage() throws IOException {
        assertThat(scan(FORWARD, new SearchKey.Text("zażółć gęślą jaźń", false),
                new SearchKey.Text("Inner subject", false), new SearchKey.Text("inner body", false),
                new SearchKey.Text("inner.eml", false), new SearchKey.Text("Fwd", false)))
                .containsExactly(true, true, true, false, false);
    }

    @Test
    void textAddsTheTopLevelHeader() throws IOException {
        assertThat(scan(FORWARD, new SearchKey.Text("Fwd", true), new SearchKey.Text("inner.eml", true),
                new SearchKey.Text("", true))).containsExactly(true, false, true);
    }
}
