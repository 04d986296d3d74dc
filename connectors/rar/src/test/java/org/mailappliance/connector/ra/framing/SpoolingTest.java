package org.mailappliance.connector.ra.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Literal;

class SpoolingTest {

    @TempDir
    Path dir;

    private FramingLimits limits(long maxLiteral) {
        return new FramingLimits(1000, maxLiteral, false, 64 * 1024, new LiteralSpool(dir.resolve("tmp")));
    }

    @Test
    void twentyMegabyteLiteralStreamsToDiskWithoutBufferingOnTheHeap() throws Exception {
        int size = 20 * 1024 * 1024;
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, limits(256L * 1024 * 1024));
        AtomicReference<Path> seenDuringCall = new AtomicReference<>();
        h.onFrame(frame -> {
            SpooledLiteral literal = (SpooledLiteral) frame.literals().get(0);
            assertThat(literal.inMemory()).isFalse();
            assertThat(literal.file()).exists().hasSize(size);
            seenDuringCall.set(literal.file());
            DisposableLiteral.disposeAll(frame);
        });
        h.feed("a APPEND INBOX {" + size + "}\r\n");
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'm');
        int maxBuffered = 0;
        for (int sent = 0; sent < size; sent += chunk.length) {
            h.feed(chunk);
            maxBuffered = Math.max(maxBuffered, h.decoder.bufferedBytes());
            // a partly received literal is on disk, not in the decoder's buffer
            assertThat(h.frames).isEmpty();
        }
        assertThat(maxBuffered).isZero();
        assertThat(Files.list(dir.resolve("tmp")).count()).isEqualTo(1);
        h.feed("\r\n");
        assertThat(h.frames).hasSize(1);
        assertThat(seenDuringCall.get()).doesNotExist();
    }

    @Test
    void moveToClaimsTheSpoolFile() throws Exception {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, limits(1_000_000));
        byte[] body = new byte[100_000];
        Arrays.fill(body, (byte) 'q');
        Path target = dir.resolve("message");
        h.onFrame(frame -> {
            try {
                frame.literals().get(0).moveTo(target);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            DisposableLiteral.disposeAll(frame);
        });
        h.feed("a APPEND INBOX {100000+}\r\n").feed(body).feed(")\r\n");
        assertThat(target).hasSize(100_000);
        Literal literal = h.frames.get(0).literals().get(0);
        assertThatThrownBy(literal::open).isInstanceOf(IOException.class);
    }

    @Test
    void smallLiteralsStayOnTheHeapUntilTheFrameBudgetIsUsed() throws Exception {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, limits(1_000_000));
        byte[] forty = new byte[40 * 1024];
        h.feed("a X {40960}\r\n").feed(forty).feed(" {40960}\r\n").feed(forty).feed("\r\n");
        Frame frame = h.frames.get(0);
        assertThat(((DisposableLiteral) frame.literals().get(0)).inMemory()).isTrue();
        assertThat(((DisposableLiteral) frame.literals().get(1)).inMemory()).isFalse();
        try (InputStream in = frame.literals().get(1).open()) {
            assertThat(in.readAllBytes()).hasSize(40960);
        }
        DisposableLiteral.disposeAll(frame);
    }

    @Test
    void closingMidLiteralDeletesThePartialSpoolFile() throws Exception {
        DecoderHarness h = new DecoderHarness(FrameMode.IMAP, limits(1_000_000));
        h.feed("a APPEND INBOX {200000}\r\n").feed(new byte[100_000]);
        assertThat(Files.list(dir.resolve("tmp")).count()).isEqualTo(1);
        h.channel.close();
        assertThat(Files.list(dir.resolve("tmp")).count()).isZero();
    }
}
