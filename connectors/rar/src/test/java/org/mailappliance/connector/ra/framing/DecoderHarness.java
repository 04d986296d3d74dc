package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;

/** Drives a FrameDecoder in an EmbeddedChannel the way the session does: one frame, then resume. */
final class DecoderHarness {

    final FrameDecoder decoder;
    final EmbeddedChannel channel;
    final List<Frame> frames = new ArrayList<>();
    private Consumer<Frame> onFrame = f -> { };

    DecoderHarness(FrameMode mode, Path spool) {
        this(mode, new FramingLimits(1000, 100_000, false, 64 * 1024, new LiteralSpool(spool)));
    }

    DecoderHarness(FrameMode mode, FramingLimits limits) {
        decoder = new FrameDecoder(limits, mode);
        channel = new EmbeddedChannel(decoder);
    }

    /** Called for each frame while it is "being processed", before the decoder resumes. */
    DecoderHarness onFrame(Consumer<Frame> action) {
        this.onFrame = action;
        return this;
    }

    DecoderHarness feed(String text) {
        return feed(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    DecoderHarness feed(byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        drain();
        return this;
    }

    DecoderHarness feedByteByByte(String text) {
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            feed(new byte[] {b});
        }
        return this;
    }

    void drain() {
        Object msg;
        while ((msg = channel.readInbound()) != null) {
            Frame frame = (Frame) msg;
            frames.add(frame);
            onFrame.accept(frame);
            channel.runPendingTasks();
            decoder.resume();
        }
    }

    /** Everything the decoder wrote back (continuations). */
    String output() {
        StringBuilder out = new StringBuilder();
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            out.append(buf.toString(StandardCharsets.ISO_8859_1));
            buf.release();
        }
        return out.toString();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static String literalText(Frame frame, int index) {
        try {
            return text(frame.literals().get(index).bytes(Integer.MAX_VALUE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
