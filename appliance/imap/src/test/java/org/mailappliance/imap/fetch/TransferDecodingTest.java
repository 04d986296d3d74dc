package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransferDecodingTest {

    private static byte[] base64(String encoded) throws IOException {
        try (InputStream in = new Base64DecodingStream(stream(encoded))) {
            return in.readAllBytes();
        }
    }

    private static String qp(String encoded) throws IOException {
        try (InputStream in = new QuotedPrintableDecodingStream(stream(encoded))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void base64DecodesAcrossLineBreaksAndSkipsJunk() throws Exception {
        assertThat(new String(base64("SGVsbG8sIGJp\r\nbmFyeSB3b3JsZCE=\r\n"), StandardCharsets.US_ASCII))
                .isEqualTo("Hello, binary world!");
        assertThat(base64("AAECAw==")).containsExactly(0, 1, 2, 3);
        assertThat(base64(" A A E\tC\r\n*A w = = trailing junk after padding")).containsExactly(0, 1, 2, 3);
        assertThat(base64("")).isEmpty();
        assertThat(base64("\r\n")).isEmpty();
    }

    @Test
    void base64IncompleteFinalQuantumKeepsItsWholeOctets() throws Exception {
        assertThat(base64("AAEC")).containsExactly(0, 1, 2);
        assertThat(base64("AAE")).containsExactly(0, 1);
        assertThat(base64("AA")).containsExactly(0);
        assertThat(base64("A")).isEmpty();
    }

    @Test
    void base64AgreesWithTheJdkOnRandomDataReadInOddChunks() throws Exception {
        Random random = new Random(42);
        for (int size : new int[] {0, 1, 2, 3, 4, 57, 58, 1000, 70_001}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            String encoded = Base64.getMimeEncoder().encodeToString(data);
            try (InputStream in = new Base64DecodingStream(stream(encoded))) {
                byte[] out = new byte[size];
                int done = 0;
                int n;
                while ((n = in.read(out, done, Math.min(7, Math.max(1, size - done)))) > 0) {
                    done += n;
                }
                assertThat(done).isEqualTo(size);
                assertThat(out).isEqualTo(data);
                assertThat(in.read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void quotedPrintableHexAndSoftBreaks() throws Exception {
        assertThat(qp("caf=C3=A9 au lait=20\r\nsoft=\r\n break")).isEqualTo("caf\u00c3\u00a9 au lait \r\nsoft break");
        assertThat(qp("lower =e9 hex")).isEqualTo("lower \u00e9 hex");
        assertThat(qp("soft with blanks= \t\r\nnext")).isEqualTo("soft with blanksnext");
        assertThat(qp("bare lf soft=\nnext")).isEqualTo("bare lf softnext");
        assertThat(qp("ends with equals=")).isEqualTo("ends with equals");
    }

    @Test
    void quotedPrintableDropsTrailingBlanksButKeepsInnerOnes() throws Exception {
        assertThat(qp("a  b \t \r\nc \nd  ")).isEqualTo("a  b\r\nc\nd");
        assertThat(qp("blank before cr alone \rx")).isEqualTo("blank before cr alone \rx");
        String longRun = " ".repeat(3000);
        assertThat(qp("x" + longRun + "y")).isEqualTo("x" + longRun + "y");
    }

    @Test
    void quotedPrintableKeepsMalformedSequencesAsTheyStand() throws Exception {
        assertThat(qp("=G1 =4 =4G a=b")).isEqualTo("=G1 =4 =4G a=b");
        assertThat(qp("= x")).isEqualTo("= x");
        assertThat(qp("==41")).isEqualTo("=A");
        assertThat(qp("=\rX")).isEqualTo("=\rX");
    }

    @Test
    void encodingNames() {
        assertThat(TransferEncoding.of("")).isEqualTo(TransferEncoding.IDENTITY);
        assertThat(TransferEncoding.of("8bit")).isEqualTo(TransferEncoding.IDENTITY);
        assertThat(TransferEncoding.of("binary")).isEqualTo(TransferEncoding.IDENTITY);
        assertThat(TransferEncoding.of("base64")).isEqualTo(TransferEncoding.BASE64);
        assertThat(TransferEncoding.of("quoted-printable")).isEqualTo(TransferEncoding.QUOTED_PRINTABLE);
        assertThat(TransferEncoding.of("x-uuencode")).isNull();
    }
}
