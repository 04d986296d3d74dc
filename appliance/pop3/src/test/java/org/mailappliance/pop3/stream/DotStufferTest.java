package org.mailappliance.pop3.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotStufferTest {

    private static String stuff(String message, long bodyLines, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DotStuffer stuffer = new DotStuffer(out, bodyLines);
        byte[] data = message.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < data.length; i += chunk) {
            stuffer.write(data, i, Math.min(chunk, data.length - i));
        }
        stuffer.finish();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String stuff(String message) throws IOException {
        String whole = stuff(message, DotStuffer.ALL_LINES, Integer.MAX_VALUE);
        // the result must not depend on where the chunks are cut
        assertThat(stuff(message, DotStuffer.ALL_LINES, 1)).isEqualTo(whole);
        return whole;
    }

    @Test
    void crlfMessagePassesUnchangedAndGetsTheTerminator() throws IOException {
        assertThat(stuff("Subject: x\r\n\r\nbody\r\n")).isEqualTo("Subject: x\r\n\r\nbody\r\n.\r\n");
    }

    @Test
    void linesStartingWithDotGetAnotherDot() throws IOException {
        assertThat(stuff("a\r\n.\r\n..x\r\n.y\r\nz.\r\n")).isEqualTo("a\r\n..\r\n...x\r\n..y\r\nz.\r\n.\r\n");
        assertThat(stuff(".first")).isEqualTo("..first\r\n.\r\n");
    }

    @Test
    void bareLfBecomesCrlfAndDotAfterBareLfIsStuffed() throws IOException {
        assertThat(stuff("a\nb\r\n\n.c\n")).isEqualTo("a\r\nb\r\n\r\n..c\r\n.\r\n");
    }

    @Test
    void missingFinalCrlfIsAdded() throws IOException {
        assertThat(stuff("a\r\nlast")).isEqualTo("a\r\nlast\r\n.\r\n");
        assertThat(stuff("a\r\nlast\r")).isEqualTo("a\r\nlast\r\n.\r\n");
    }

    @Test
    void bareCrInsideALineIsKept() throws IOException {
        assertThat(stuff("a\rb\r\n")).isEqualTo("a\rb\r\n.\r\n");
    }

    @Test
    void emptyMessageIsJustTheTerminator() throws IOException {
        assertThat(stuff("")).isEqualTo(".\r\n");
    }

    @Test
    void topSendsHeaderBlankLineAndTheFirstBodyLines() throws IOException {
        String message = "A: 1\r\nB: 2\r\n\r\none\r\n.two\r\nthree\r\n";
        assertThat(stuff(message, 0, 3)).isEqualTo("A: 1\r\nB: 2\r\n\r\n.\r\n");
        assertThat(stuff(message, 2, 1)).isEqualTo("A: 1\r\nB: 2\r\n\r\none\r\n..two\r\n.\r\n");
        assertThat(stuff(message, 99, 5)).isEqualTo("A: 1\r\nB: 2\r\n\r\none\r\n..two\r\nthree\r\n.\r\n");
        assertThat(stuff("A: 1\nB: 2\n\nbody\nmore\n", 1, 2)).isEqualTo("A: 1\r\nB: 2\r\n\r\nbody\r\n.\r\n");
    }

    @Test
    void topOfAMessageWithoutBodySendsTheHeader() throws IOException {
        assertThat(stuff("A: 1\r\nB: 2", 5, 4)).isEqualTo("A: 1\r\nB: 2\r\n.\r\n");
    }

    /**
     * A 64 MiB file streamed through {@link MessageSender}'s chunking into a sink that only counts and checks: the
     * output size proves every line was converted, and the heap never had to hold the message.
     */
    @Test
    void hugeFileStreamsInChunks(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.eml");
        byte[] line = ".0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz012345\n".getBytes(
                StandardCharsets.US_ASCII);
        int lines = 64 * 1024 * 1024 / line.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        }
        CheckingSink sink = new CheckingSink();
        DotStuffer stuffer = new DotStuffer(sink, DotStuffer.ALL_LINES);
        byte[] chunk = new byte[16384];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                stuffer.write(chunk, 0, n);
            }
        }
        stuffer.finish();
        // each line gains a dot and a CR; then the terminator
        assertThat(sink.count).isEqualTo((long) lines * (line.length + 2) + 3);
        assertThat(sink.largestWrite).isLessThanOrEqualTo(8192);
        assertThat(sink.bareLf).isZero();
    }

    /** Counts octets, the largest single write and any LF not preceded by CR. */
    private static final class CheckingSink extends OutputStream {
        long count;
        int largestWrite;
        long bareLf;
        private int previous = -1;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            largestWrite = Math.max(largestWrite, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n' && previous != '\r') {
                    bareLf++;
                }
                previous = b[i];
            }
            count += len;
        }
    }
}
