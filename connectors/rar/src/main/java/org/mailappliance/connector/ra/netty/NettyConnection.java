package org.mailappliance.connector.ra.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.net.ssl.SSLSession;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.ra.framing.FrameDecoder;

/**
 * A client connection as the protocol engines see it. Writes may come from any thread. A writer that is not the
 * event loop waits while the channel is unwritable (the client reads slowly), so queued output stays near Netty's
 * high-water mark instead of growing with the size of what is sent.
 */
final class NettyConnection implements Connection {

    private static final Logger LOG = Logger.getLogger(NettyConnection.class.getName());
    private static final AtomicLong IDS = new AtomicLong();
    private static final int CHUNK = 64 * 1024;

    private final long id = IDS.incrementAndGet();
    private final Channel channel;
    private final ServiceSettings settings;
    private final AtomicLong unflushed = new AtomicLong();
    private final Object writability = new Object();
    private volatile Object attachment;
    private volatile boolean secure;
    private volatile boolean compressed;
    private volatile boolean closing;
    /** System.nanoTime() until which output is held (see {@link #pause}); 0 when not paused. */
    private volatile long pausedUntil;

    NettyConnection(Channel channel, ServiceSettings settings) {
        this.channel = channel;
        this.settings = settings;
        this.secure = settings.implicitTls();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String service() {
        return settings.service();
    }

    @Override
    public List<String> serviceCommand() {
        return settings.command();
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    @Override
    public SocketAddress localAddress() {
        return channel.localAddress();
    }

    @Override
    public boolean unixSocket() {
        return settings.unix();
    }

    @Override
    public boolean secure() {
        return secure;
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        SslHandler tls = channel.pipeline().get(SslHandler.class);
        return tls == null ? Optional.empty() : Optional.of(tls.engine().getSession());
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        send(Unpooled.copiedBuffer(bytes, offset, length));
    }

    @Override
    public void write(CharSequence text) {
        send(ByteBufUtil.writeUtf8(channel.alloc(), text));
    }

    @Override
    public void writeFile(Path file, long offset, long length) throws IOException {
        if (!open()) {
            return;
        }
        if (secure || compressed) {
            // the octets must pass through TLS/DEFLATE, so they are read in chunks as the client consumes them
            FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
            channel.write(new ChunkedNioFile(in, offset, length, CHUNK));
        } else {
            channel.write(new DefaultFileRegion(file.toFile(), offset, length));
        }
    }

    @Override
    public void writeStream(InputStream in, long length) throws IOException {
        long left = length;
        while (left > 0 && open()) {
            int want = (int) Math.min(CHUNK, left);
            ByteBuf chunk = channel.alloc().heapBuffer(want);
            int read;
            try {
                read = chunk.writeBytes(in, want);
            } catch (IOException | RuntimeException e) {
                chunk.release();
                throw e;
            }
            if (read < 0) {
                chunk.release();
                throw new EOFException("stream ended " + left + " octets early");
            }
            left -= read;
            send(chunk);
        }
    }

    @Override
    public void flush() {
        if (pausedUntil != 0) {
            return;
        }
        unflushed.set(0);
        channel.flush();
    }

    @Override
    public void pause(Duration delay) {
        if (delay != null && !delay.isNegative() && !delay.isZero()) {
            pausedUntil = System.nanoTime() + delay.toNanos();
        }
    }

    /** Nanoseconds the pause still lasts, 0 when the connection is not paused. */
    long pauseRemainingNanos() {
        long until = pausedUntil;
        return until == 0 ? 0 : Math.max(1, until - System.nanoTime());
    }

    /** The pause is over: send what was held back. */
    void endPause() {
        pausedUntil = 0;
        flush();
    }

    @Override
    public void startTls() {
        if (secure) {
            throw new IllegalStateException("TLS is already active on connection " + id);
        }
        if (settings.tls() == null) {
            throw new IllegalStateException("no TLS certificate available for service " + settings.service());
        }
        secure = true;
        channel.eventLoop().execute(() -> TransportLayers.startTls(channel, settings.tls()));
    }

    @Override
    public void startCompression() {
        if (compressed) {
            throw new IllegalStateException("compression is already active on connection " + id);
        }
        compressed = true;
        channel.eventLoop().execute(() -> TransportLayers.startCompression(channel));
    }

    @Override
    public boolean compressed() {
        return compressed;
    }

    @Override
    public void nextFrame(FrameMode mode) {
        channel.eventLoop().execute(() -> {
            FrameDecoder decoder = channel.pipeline().get(FrameDecoder.class);
            if (decoder != null) {
                decoder.mode(mode);
            }
        });
    }

    @Override
    public void idleTimeout(Duration timeout) {
        channel.eventLoop().execute(() -> TransportLayers.idleTimeout(channel, timeout));
    }

    @Override
    public void close() {
        closing = true;
        channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public boolean open() {
        return !closing && channel.isActive();
    }

    @Override
    public Object attachment() {
        return attachment;
    }

    @Override
    public void attach(Object attachment) {
        this.attachment = attachment;
    }

    /** The channel's writability changed or it closed: wake up waiting writers. */
    void wakeWriters() {
        synchronized (writability) {
            writability.notifyAll();
        }
    }

    private void send(ByteBuf message) {
        if (!open()) {
            message.release();
            return;
        }
        int size = message.readableBytes();
        channel.write(message);
        // ChunkedWriteHandler keeps unflushed messages outside Netty's accounting, so flush before they pile up
        if (unflushed.addAndGet(size) >= CHUNK) {
            flush();
        }
        awaitWritable();
    }

    private void awaitWritable() {
        if (channel.isWritable() || channel.eventLoop().inEventLoop()) {
            return;
        }
        flush();
        long deadline = System.nanoTime() + settings.writeTimeout().toNanos();
        synchronized (writability) {
            while (!channel.isWritable() && channel.isActive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warning(() -> "connection " + id + " from " + channel.remoteAddress() + " did not read for "
                            + settings.writeTimeout() + ", closing it");
                    closing = true;
                    channel.close();
                    return;
                }
                try {
                    writability.wait(Math.max(1, Math.min(1000, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
