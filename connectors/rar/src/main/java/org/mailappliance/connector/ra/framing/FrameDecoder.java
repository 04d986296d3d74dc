package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;

/**
 * Cuts a connection's input into {@link Frame}s in the current {@link FrameMode}.
 *
 * <p>After handing on a frame the decoder pauses: later input stays buffered, undecoded, until {@link #resume()}.
 * Decoding only what the application has asked for keeps three things right: a mode change ({@code nextFrame}) applies
 * to the very next octet, STARTTLS can discard exactly the octets that followed the command, and the {@code +}
 * continuation of a pipelined command is not sent while an earlier command's answer is still being written.
 * Not a ByteToMessageDecoder on purpose: that class asks for more input when it produced nothing, even with
 * auto-read off, which would let a paused connection buffer without bound.
 *
 * <p>All methods run on the channel's event loop.
 */
public final class FrameDecoder extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(FrameDecoder.class.getName());
    private static final byte[] CONTINUATION = "+ go ahead\r\n".getBytes(StandardCharsets.US_ASCII);

    private final FramingLimits limits;
    private final LineScanner lineScanner = new LineScanner();
    private final ImapCommandReader imap;
    private final DotDataReader dot;
    private FrameMode mode;
    private ChannelHandlerContext ctx;
    private ByteBuf buffer;
    private boolean paused;
    private boolean dead;

    public FrameDecoder(FramingLimits limits, FrameMode initialMode) {
        this.limits = limits;
        this.imap = new ImapCommandReader(limits);
        this.dot = new DotDataReader(limits);
        this.mode = initialMode;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.buffer = ctx.alloc().heapBuffer(1024);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        imap.abort();
        dot.abort();
        if (buffer != null) {
            buffer.release();
            buffer = null;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (!dead && buffer != null) {
                buffer.writeBytes(in);
            }
        } finally {
            in.release();
        }
        decode();
    }

    /** Continue after the frame handed on last has been processed. */
    public void resume() {
        paused = false;
        decode();
    }

    /** Whether a frame has been handed on and not yet {@link #resume() resumed}. */
    public boolean paused() {
        return paused;
    }

    /** Frame the input after the current frame in {@code next} mode. */
    public void mode(FrameMode next) {
        this.mode = next;
    }

    public FrameMode mode() {
        return mode;
    }

    /** Octets received but not yet framed (for tests and diagnostics). */
    public int bufferedBytes() {
        return buffer == null ? 0 : buffer.readableBytes();
    }

    /** Throws away buffered, unframed input: whatever a client pipelined after STARTTLS (CVE-2011-0411). */
    public int discardBuffered() {
        int discarded = bufferedBytes();
        if (discarded > 0) {
            buffer.clear();
            lineScanner.reset();
            imap.bufferCleared();
        }
        return discarded;
    }

    /**
     * Removes and returns the buffered, unframed input, so it can be passed through a layer added after it arrived
     * (the client starts compressing right after its COMPRESS command).
     */
    public ByteBuf takeBuffered() {
        ByteBuf taken = bufferedBytes() > 0 ? buffer.readRetainedSlice(buffer.readableBytes()) : Unpooled.EMPTY_BUFFER;
        buffer.discardReadBytes();
        lineScanner.reset();
        imap.bufferCleared();
        return taken;
    }

    private void decode() {
        if (buffer == null) {
            return;
        }
        try {
            while (!paused && !dead && buffer.isReadable()) {
                int before = buffer.readableBytes();
                Frame frame = next();
                if (frame != null) {
                    emit(frame);
                } else if (buffer.readableBytes() == before) {
                    break;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot spool literal, closing connection " + ctx.channel(), e);
            dead = true;
            ctx.close();
        } finally {
            if (buffer != null) {
                if (dead) {
                    buffer.clear();
                }
                buffer.discardSomeReadBytes();
            }
        }
    }

    private Frame next() throws IOException {
        switch (mode) {
            case IMAP:
                return imap.read(buffer, this::sendContinuation);
            case SIEVE:
                return imap.read(buffer, null);
            case DOT:
                return dot.read(buffer);
            case LINE:
            default:
                return nextLine();
        }
    }

    private Frame nextLine() {
        if (lineScanner.find(buffer, limits.maxLine())) {
            return Frame.line(lineScanner.take(buffer));
        }
        if (lineScanner.tooLong()) {
            return Frame.violation(Violation.LINE_TOO_LONG, LineScanner.peek(buffer, limits.maxLine()));
        }
        return null;
    }

    private void emit(Frame frame) {
        paused = true;
        if (frame.violation() != null && frame.violation().fatal()) {
            // the rest of the stream cannot be framed reliably; the session closes after answering
            dead = true;
            lineScanner.reset();
        }
        ctx.fireChannelRead(frame);
    }

    private void sendContinuation() {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(CONTINUATION));
    }
}
