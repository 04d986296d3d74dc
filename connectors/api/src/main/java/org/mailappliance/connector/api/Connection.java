package org.mailappliance.connector.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * The application's handle on one client connection. Safe to use from any thread (IDLE pushes come from other
 * sessions' threads). Writes are queued in order; when the client reads slowly the writing thread blocks instead of
 * the data piling up on the heap.
 */
public interface Connection {

    /** Unique id of this connection within the adapter's lifetime (for logs). */
    long id();

    /** The cyrus.conf SERVICES name this connection came in on, such as {@code imap}, {@code imaps}, {@code lmtpunix}. */
    String service();

    /** The cyrus.conf {@code cmd=} of that service split into words, such as {@code [lmtpd, -a]}: engines read their flags here. */
    java.util.List<String> serviceCommand();

    /** The client's address: an {@code InetSocketAddress} for TCP, a path-like address for a UNIX socket. */
    SocketAddress remoteAddress();

    /** The local address the client connected to. */
    SocketAddress localAddress();

    /** Whether the client came over a UNIX-domain socket (trusted like Cyrus's lmtpunix). */
    boolean unixSocket();

    /** Whether TLS is in force (implicit TLS listener, or after {@link #startTls()}). */
    boolean secure();

    /** The TLS session when {@link #secure()}, for client certificates (SASL EXTERNAL) and channel binding. */
    Optional<SSLSession> tlsSession();

    /** Queue bytes. */
    void write(byte[] bytes);

    /** Queue a part of an array. */
    void write(byte[] bytes, int offset, int length);

    /** Queue text as UTF-8 (protocol lines; the caller adds CRLF). */
    void write(CharSequence text);

    /** Queue {@code length} octets of a file from {@code offset}, streamed without loading it. */
    void writeFile(Path file, long offset, long length) throws IOException;

    /** Copy {@code length} octets from a stream, in chunks, honouring backpressure. The caller closes the stream. */
    void writeStream(InputStream in, long length) throws IOException;

    /** Send what is queued. */
    void flush();

    /**
     * Start TLS after everything written so far has been flushed (the STARTTLS reply goes out in clear text).
     * Input the client pipelined after the STARTTLS command is discarded.
     */
    void startTls();

    /** Start DEFLATE compression in both directions (RFC 4978) after what was written so far. */
    void startCompression();

    /** Whether {@link #startCompression()} was done. */
    boolean compressed();

    /** How to frame the input after the current call returns. Stays in force until changed. */
    void nextFrame(FrameMode mode);

    /** Idle time after which {@link ProtocolListener#timedOut(Connection)} is called. Zero or null: never. */
    void idleTimeout(Duration timeout);

    /**
     * Holds the connection for {@code delay} from now: what is written is not flushed, and no further listener call
     * is made, until the delay has passed; then the adapter flushes. A failed-login penalty that keeps no thread
     * waiting (a sleeping handler would tie up a pooled thread per attacking connection).
     */
    void pause(Duration delay);

    /** Flush and close. */
    void close();

    /** Whether the connection is still open. */
    boolean open();

    /** Per-connection state of the protocol engine (its session object). */
    Object attachment();

    /** Set the per-connection state. */
    void attach(Object attachment);
}
