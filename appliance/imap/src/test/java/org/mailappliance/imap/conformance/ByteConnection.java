package org.mailappliance.imap.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.FrameMode;

/**
 * An in-memory connection that hands back the flushed octets unchanged (the shared FakeConnection decodes them as
 * UTF-8, which would blur 8-bit message content). Records how much a literal streamed in one piece, so tests can see
 * that large bodies are not copied through the heap by the engine.
 */
final class ByteConnection implements Connection {
    private final ByteArrayOutputStream queued = new ByteArrayOutputStream();
    private final ByteArrayOutputStream flushed = new ByteArrayOutputStream();
    private boolean open = true;
    private Object attachment;
    private long largestByteArrayWrite;
    private long streamedOctets;
    private boolean discardStreams;

    @Override
    public long id() {
        return 1;
    }

    @Override
    public String service() {
        return "imap";
    }

    @Override
    public List<String> serviceCommand() {
        return List.of("imapd");
    }

    @Override
    public SocketAddress remoteAddress() {
        return new InetSocketAddress("192.0.2.10", 50123);
    }

    @Override
    public SocketAddress localAddress() {
        return new InetSocketAddress("192.0.2.1", 143);
    }

    @Override
    public boolean unixSocket() {
        return false;
    }

    @Override
    public boolean secure() {
        return false;
    }

    @Override
    public Optional<SSLSession> tlsSession() {
        return Optional.empty();
    }

    @Override
    public void write(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        largestByteArrayWrite = Math.max(largestByteArrayWrite, length);
        queued.write(bytes, offset, length);
    }

    @Override
    public void write(CharSequence text) {
        write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeFile(Path file, long offset, long length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            writeStream(in, length);
        }
    }

    /** Copies in chunks, as the real adapter does, so no buffer of the literal's size is made here either. */
    @Override
    public void writeStream(InputStream in, long length) throws IOException {
        byte[] chunk = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
            if (n < 0) {
                throw new IOException("stream ended " + left + " octets early");
            }
            if (!discardStreams) {
                queued.write(chunk, 0, n);
            }
            left -= n;
        }
        streamedOctets += length;
    }

    @Override
    public void flush() {
        flushed.writeBytes(queued.toByteArray());
        queued.reset();
    }

    @Override
    public void startTls() {
        throw new UnsupportedOperationException("no TLS in conformance tests");
    }

    @Override
    public void startCompression() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean compressed() {
        return false;
    }

    @Override
    public void nextFrame(FrameMode mode) {
    }

    @Override
    public void idleTimeout(Duration timeout) {
    }

    /** Not annotated: newer connector APIs declare it, older ones do not. */
    public void pause(Duration duration) {
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean open() {
        return open;
    }

    @Override
    public Object attachment() {
        return attachment;
    }

    @Override
    public void attach(Object attachment) {
        this.attachment = attachment;
    }

    /** Streamed literal bodies are counted but not kept (for multi-megabyte fetches). */
    void discardStreams(boolean discard) {
        this.discardStreams = discard;
    }

    /** Everything flushed since the last call. */
    byte[] takeFlushed() {
        byte[] b = flushed.toByteArray();
        flushed.reset();
        return b;
    }

    /** The largest single byte[] the engine wrote (literals from files and streams do not count). */
    long largestByteArrayWrite() {
        return largestByteArrayWrite;
    }

    /** Octets that went through writeFile/writeStream. */
    long streamedOctets() {
        return streamedOctets;
    }
}
