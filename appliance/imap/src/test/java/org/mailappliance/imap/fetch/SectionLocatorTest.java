package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionLocatorTest {
    @TempDir
    Path dir;

    private static final String NESTED = String.join("\r\n",
            "Subject: outer",
            "Content-Type: multipart/mixed;",
            " boundary=\"out er\" (a comment)",
            "",
            "preamble",
            "--out er",
            "",
            "no header, so text/plain",
            "--out er \tpadding",
            "Content-Type: multipart/digest; boundary=d",
            "",
            "--d",
            "",
            "From: a@example.org",
            "Subject: first",
            "",
            "first body",
            "--d",
            "Content-Type: message/rfc822",
            "Content-Transfer-Encoding: base64",
            "",
            "RnJvbTogYkBleGFtcGxlLm9yZw0KDQpoaQ==",
            "--d-- trailing",
            "--out erX",
            "--out er--",
            "epilogue");

    /** The answer for {@code section} as text, or null for NIL. */
    private String fetch(String message, Section section) throws IOException {
        return fetch(message.getBytes(StandardCharsets.ISO_8859_1), section);
    }

    private String fetch(byte[] message, Section section) throws IOException {
        Path file = Files.write(dir.resolve("m" + System.nanoTime()), message);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            SectionContent c = new SectionLocator(ch, ch.size()).locate(section);
            return c == null ? null : read(ch, c);
        }
    }

    static String read(FileChannel ch, SectionContent c) throws IOException {
        try (PieceInputStream in = new PieceInputStream(ch, c)) {
            byte[] all = in.readAllBytes();
            assertThat((long) all.length).isEqualTo(c.length());
            return new String(all, StandardCharsets.ISO_8859_1);
        }
    }

    private static Section part(Section.Text text, int... numbers) {
        List<Integer> p = new ArrayList<>();
        for (int n : numbers) {
            p.add(n);
        }
        return new Section(p, text, List.of());
    }

    private static Section fields(Section.Text text, String... names) {
        return new Section(List.of(), text, List.of(names));
    }

    @Test
    void partsOfNestedMultiparts() throws IOException {
        assertThat(fetch(NESTED, part(Section.Text.NONE, 1))).isEqualTo("no header, so text/plain");
        assertThat(fetch(NESTED, part(Section.Text.MIME, 1))).isEqualTo("\r\n");
        // anything after a blank following the delimiter is padding; "--out erX" is not a delimiter of "out er"
        assertThat(fetch(NESTED, part(Section.Text.MIME, 2)))
                .isEqualTo("Content-Type: multipart/digest; boundary=d\r\n\r\n");
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2))).endsWith("--d-- trailing\r\n--out erX");
        // a digest part defaults to message/rfc822: its parts are those of the message inside
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2, 1)))
                .isEqualTo("From: a@example.org\r\nSubject: first\r\n\r\nfirst body");
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2, 1, 1))).isEqualTo("first body");
        assertThat(fetch(NESTED, part(Section.Text.HEADER, 2, 1)))
                .isEqualTo("From: a@example.org\r\nSubject: first\r\n\r\n");
        assertThat(fetch(NESTED, part(Section.Text.TEXT, 2, 1))).isEqualTo("first body");
        // a base64 message/rfc822 is not descended into (as for BODYSTRUCTURE)
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2, 2))).isEqualTo("RnJvbTogYkBleGFtcGxlLm9yZw0KDQpoaQ==");
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2, 2, 1))).isNull();
        assertThat(fetch(NESTED, part(Section.Text.HEADER, 2, 2))).isNull();
        assertThat(fetch(NESTED, part(Section.Text.NONE, 3))).isNull();
        assertThat(fetch(NESTED, part(Section.Text.NONE, 2, 3))).isNull();
        assertThat(fetch(NESTED, part(Section.Text.NONE, 1, 1))).isNull();
    }

    @Test
    void topLevelSections() throws IOException {
        assertThat(fetch(NESTED, Section.WHOLE)).isEqualTo(NESTED);
        assertThat(fetch(NESTED, part(Section.Text.HEADER))).startsWith("Subject: outer\r\n").endsWith("\r\n\r\n");
        assertThat(fetch(NESTED, part(Section.Text.TEXT))).startsWith("preamble\r\n").endsWith("epilogue");
        String simple = "Subject: hi\r\n\r\nbody\r\n";
        assertThat(fetch(simple, part(Section.Text.NONE, 1))).isEqualTo("body\r\n");
        assertThat(fetch(simple, part(Section.Text.MIME, 1))).isEqualTo("Subject: hi\r\n\r\n");
        assertThat(fetch(simple, part(Section.Text.NONE, 2))).isNull();
    }

    @Test
    void headerFieldsKeepOrderFoldingAndEndWithABlankLine() throws IOException {
        String m = "Received: x\r\nsubject: one\r\n two\r\nFrom: a\r\nX-Empty:\r\nSUBJECT : again\r\n\r\nSubject: body\r\n";
        assertThat(fetch(m, fields(Section.Text.HEADER_FIELDS, "Subject", "x-empty")))
                .isEqualTo("subject: one\r\n two\r\nX-Empty:\r\nSUBJECT : again\r\n\r\n");
        assertThat(fetch(m, fields(Section.Text.HEADER_FIELDS_NOT, "SUBJECT", "received")))
                .isEqualTo("From: a\r\nX-Empty:\r\n\r\n");
        assertThat(fetch(m, fields(Section.Text.HEADER_FIELDS, "Nope"))).isEqualTo("\r\n");
    }

    @Test
    void bareLineFeedsAndAHeaderWithoutBody() throws IOException {
        String lf = "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n--b--\n";
        assertThat(fetch(lf, part(Section.Text.NONE, 1))).isEqualTo("one");
        assertThat(fetch(lf, part(Section.Text.MIME, 1))).isEqualTo("Content-Type: text/plain\n\n");
        assertThat(fetch(lf, part(Section.Text.NONE, 2))).isEqualTo("two");
        String headerOnly = "Subject: no body\r\nFrom: a";
        assertThat(fetch(headerOnly, part(Section.Text.HEADER))).isEqualTo(headerOnly);
        assertThat(fetch(headerOnly, part(Section.Text.TEXT))).isEmpty();
        assertThat(fetch(headerOnly, fields(Section.Text.HEADER_FIELDS, "from"))).isEqualTo("From: a\r\n");
    }

    @Test
    void linesLongerThanTheBuffersAreScannedNotKept() throws IOException {
        String big = "x".repeat(200_000);
        String m = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\n" + big + "\r\n--b\r\n\r\n--b"
                + big + "\r\n--b--\r\n";
        assertThat(fetch(m, part(Section.Text.NONE, 1))).isEqualTo(big);
        // "--bxxx..." is a longer boundary, not a delimiter of "b"
        assertThat(fetch(m, part(Section.Text.NONE, 2))).isEqualTo("--b" + big);
        assertThat(fetch(m, part(Section.Text.NONE, 3))).isNull();
    }

    @Test
    void missingCloseDelimiterRunsToTheEnd() throws IOException {
        String m = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b\r\n\r\ntwo\r\n";
        assertThat(fetch(m, part(Section.Text.NONE, 2))).isEqualTo("two\r\n");
    }

    @Test
    void partialSlicesAcrossPieces() throws IOException {
        String m = "A: 1\r\nB: 2\r\nC: 3\r\n\r\n";
        Path file = Files.write(dir.resolve("p"), m.getBytes(StandardCharsets.US_ASCII));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            SectionContent c = new SectionLocator(ch, ch.size()).locate(fields(Section.Text.HEADER_FIELDS, "A", "C"));
            assertThat(c.pieces()).hasSize(3);
            assertThat(read(ch, c)).isEqualTo("A: 1\r\nC: 3\r\n\r\n");
            assertThat(read(ch, c.slice(4, 5))).isEqualTo("\r\nC: ");
            assertThat(read(ch, c.slice(11, 100))).isEqualTo("\n\r\n");
            assertThat(read(ch, c.slice(13, 1))).isEqualTo("\n");
            assertThat(read(ch, c.slice(14, 1))).isEmpty();
        }
    }
}
