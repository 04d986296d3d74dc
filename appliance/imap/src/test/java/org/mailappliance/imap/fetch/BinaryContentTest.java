package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two passes of a BINARY answer: the decoded size and NUL search, then the same octets streamed. */
class BinaryContentTest {

    @TempDir
    Path dir;

    /** A single-part message whose body is {@code data} in base64. */
    private FileChannel message(byte[] data) throws Exception {
        String body = Base64.getMimeEncoder().encodeToString(data);
        String text = "Subject: x\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body + "\r\n";
        Path file = dir.resolve("m");
        Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
        return FileChannel.open(file);
    }

    private static byte[] data(int size, int nulAt) {
        byte[] d = new byte[size];
        Arrays.fill(d, (byte) 'x');
        if (nulAt >= 0) {
            d[nulAt] = 0;
        }
        return d;
    }

    private static BinaryContent measure(FileChannel f, FetchItem.Partial partial) throws Exception {
        Entity top = Entity.read(f, 0, f.size(), false);
        return BinaryContent.measure(f, f.size(), top, partial);
    }

    private static byte[] read(BinaryContent c, FileChannel f) throws Exception {
        try (InputStream in = c.open(f)) {
            return in.readNBytes((int) c.length());
        }
    }

    @Test
    void sizeAndContentOfTheWholePart() throws Exception {
        byte[] d = data(20_000, -1);
        try (FileChannel f = message(d)) {
            BinaryContent c = measure(f, null);
            assertThat(c.size()).isEqualTo(20_000);
            assertThat(c.length()).isEqualTo(20_000);
            assertThat(c.hasNul()).isFalse();
            assertThat(read(c, f)).isEqualTo(d);
        }
    }

    @Test
    void nulCountsOnlyInsideTheWindowAcrossBufferBoundaries() throws Exception {
        byte[] d = data(20_000, 8_195);
        try (FileChannel f = message(d)) {
            assertThat(measure(f, null).hasNul()).isTrue();
            assertThat(measure(f, new FetchItem.Partial(8_195, 1)).hasNul()).isTrue();
            assertThat(measure(f, new FetchItem.Partial(8_000, 196)).hasNul()).isTrue();
            assertThat(measure(f, new FetchItem.Partial(8_000, 195)).hasNul()).isFalse();
            assertThat(measure(f, new FetchItem.Partial(8_196, 50_000)).hasNul()).isFalse();
            BinaryContent window = measure(f, new FetchItem.Partial(8_190, 10));
            assertThat(window.size()).isEqualTo(20_000);
            assertThat(window.length()).isEqualTo(10);
            assertThat(read(window, f)).isEqualTo(Arrays.copyOfRange(d, 8_190, 8_200));
        }
    }

    @Test
    void windowsBeyondTheEndAreEmptyOrShort() throws Exception {
        try (FileChannel f = message(data(100, -1))) {
            assertThat(measure(f, new FetchItem.Partial(100, 5)).length()).isZero();
            assertThat(measure(f, new FetchItem.Partial(5_000, 5)).length()).isZero();
            assertThat(measure(f, new FetchItem.Partial(95, 50)).length()).isEqualTo(5);
            assertThat(measure(f, new FetchItem.Partial(0, Long.MAX_VALUE)).length()).isEqualTo(100);
        }
    }

    @Test
    void theWholeMessageIsNeverDecoded() throws Exception {
        try (FileChannel f = message(data(10, -1))) {
            BinaryContent whole = BinaryContent.measure(f, f.size(), null, null);
            assertThat(whole.size()).isEqualTo(f.size());
            assertThat(new String(read(whole, f), StandardCharsets.US_ASCII)).startsWith("Subject: x\r\n");
        }
    }

    @Test
    void unknownEncodingIsRefused() throws Exception {
        Path file = dir.resolve("u");
        Files.writeString(file, "Content-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 x\r\n");
        try (FileChannel f = FileChannel.open(file)) {
            assertThatThrownBy(() -> measure(f, null)).isInstanceOf(BinaryContent.UnknownEncodingException.class)
                    .hasMessage("x-uuencode");
        }
    }
}
