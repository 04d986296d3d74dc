package org.mailappliance.connector.api.testing;

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
 * An in-memory {@link Connection}: records what is written and flushed, and simulates STARTTLS by becoming secure
 * (checking that everything written before was flushed, as the adapter requires). TCP or UNIX socket, client
 * address and the service command are set by the test.
 */
public final class FakeConnection implements Connection {
    private final String service;
    private final List<String> serviceCommand;
    private final boolean unixSocket;
    private final SocketAddress remote;
    private final ByteArrayOutputStream queued = new ByteArrayOutputStream();
    private final ByteArrayOutputStream flushed = new ByteArrayOutputStream();
    private boolean secure;
    private boolean compressed;
    private boolean open = true;
    private int startTlsCalls;
    private int compressionCalls;
    private FrameMode frameMode;
    private Duration idleTimeout;
    private final List<Duration> pauses = new java.util.ArrayList<>();
    private Object attachment;

    public FakeConnection(String service, List<String> serviceCommand, boolean unixSocket, String remoteIp,
                          boolean implicitTls) {
        this.service = service;
        this.serviceCommand = List.copyOf(serviceCommand);
        this.unixSocket = unixSocket;
        this.remote = unixSocket ? new UnixAddress("/run/cyrus/socket/" + service)
                : new InetSocketAddress(remoteIp, 50123);
        this.secure = implicitTls;
    }

    /** A TCP client of {@code service}, run as {@code imapd} ({@code imapd -s} for implicit TLS). */
    public FakeConnection(String service, boolean implicitTls) {
        this(service, implicitTls ? List.of("imapd", "-s") : List.of("imapd"), false, "192.0.2.10", implicitTls);
    }

    /** What a UNIX-socket peer looks like: not an InetSocketAddress. */
    private static final class UnixAddress extends SocketAddress {
        private static final long serialVersionUID = 1L;
        private final String path;

        UnixAddress(String path) {
            this.path = path;
        }

        @Override
        public String toString() {
            return path;
        }
    }

    @Override
    public long id() {
        return 7;
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public List<String> serviceCommand() {
        return serviceCommand;
    }

    @Override
    public SocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public SocketAddress localAddress() {
        return new InetSocketAddress("192.0.2.1", 0);
    }

    @Override
    public boolean unixSocket() {
        return unixSocket;
    }

    @Override
    public boolean secure() {
        return secure;
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
        requireOpen();
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

    @Override
    public void writeStream(InputStream in, long length) throws IOException {
        write(in.readNBytes(Math.toIntExact(length)));
    }

    @Override
    public void flush() {
        requireOpen();
        flushed.writeBytes(queued.toByteArray());
        queued.reset();
    }

    @Override
    public void startTls() {
        requireOpen();
        if (queued.size() > 0) {
            throw new IllegalStateException("startTls with unflushed output");
        }
        startTlsCalls++;
        secure = true;
    }

    /**
     * Records the switch to DEFLATE. Like {@link #startTls()} it requires everything written before to be flushed
     * (the tagged OK must go out uncompressed), and like the adapter it refuses a second start. The octets stay
     * plain here: transcripts read what the engine means, the adapter's tests check the compression itself.
     */
    @Override
    public void startCompression() {
        requireOpen();
        if (queued.size() > 0) {
            throw new IllegalStateException("startCompression with unflushed output");
        }
        if (compressed) {
            throw new IllegalStateException("compression is already active");
        }
        compressionCalls++;
        compressed = true;
    }

    @Override
    public boolean compressed() {
        return compressed;
    }

    @Override
    public void nextFrame(FrameMode mode) {
        frameMode = mode;
    }

    @Override
    public void idleTimeout(Duration timeout) {
        idleTimeout = timeout;
    }

    /** Records the pause; a test double does not wait. */
    @Override
    public void pause(Duration delay) {
        pauses.add(delay);
    }

    /** Every pause asked for, in order. */
    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    @Override
    public void close() {
        if (open) {
            flush();
            open = false;
        }
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

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("connection is closed");
        }
    }

    /** Everything flushed so far, and forgets it. */
    public String takeFlushed() {
        String s = flushed.toString(StandardCharsets.UTF_8);
        flushed.reset();
        return s;
    }

    /** Octets written but not flushed. */
    public int unflushed() {
        return queued.size();
    }

    public int startTlsCalls() {
        return startTlsCalls;
    }

    public int compressionCalls() {
        return compressionCalls;
    }

    public FrameMode frameMode() {
        return frameMode;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * A transcript's {@code @expect} about the connection itself: closed, open, secure, insecure, starttls-calls N,
     * compressed, uncompressed, compress-calls N, idle DURATION, frame MODE, pauses [LIST]. Empty when {@code words[0]} is none of these (the runner's own).
     */
    public Optional<Boolean> holds(String[] words) {
        String arg = words.length > 1 ? words[1] : "";
        return Optional.ofNullable(switch (words[0]) {
            case "closed" -> !open();
            case "open" -> open();
            case "secure" -> secure();
            case "insecure" -> !secure();
            case "starttls-calls" -> startTlsCalls() == Integer.parseInt(arg);
            case "compressed" -> compressed();
            case "uncompressed" -> !compressed();
            case "compress-calls" -> compressionCalls() == Integer.parseInt(arg);
            case "idle" -> Duration.parse(arg).equals(idleTimeout());
            case "frame" -> FrameMode.valueOf(arg) == frameMode();
            case "pauses" -> pauses().toString().replace(" ", "").equals(arg.isEmpty() ? "[]" : arg);
            default -> null;
        });
    }

    /** The connection's state as the expectations above see it, for a failure message. */
    public String describe() {
        return "open=" + open() + ", secure=" + secure() + ", starttls calls=" + startTlsCalls() + ", compressed="
                + compressed() + ", compress calls=" + compressionCalls() + ", idle="
                + idleTimeout() + ", frame=" + frameMode() + ", pauses=" + pauses();
    }

    /**
     * What the server flushed since the last call, as lines without their CRLF. Fails (AssertionError) when output
     * was written but not flushed, or when the flushed output does not end with CRLF: transcripts check both.
     */
    public List<String> takeFlushedLines() {
        if (unflushed() > 0) {
            throw new AssertionError("the server wrote " + unflushed() + " octets without flushing them");
        }
        String text = takeFlushed();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("server output does not end with CRLF: " + text);
        }
        return List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
    }
}
