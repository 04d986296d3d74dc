package org.mailappliance.imap.response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mailappliance.connector.api.Connection;

/**
 * Builds one response line (which may carry literals) and writes it through the connection. Text is buffered and
 * handed to the connection in pieces; literal bodies from files or streams go straight to the connection, so a
 * FETCH of a large message never sits on the heap. Call {@link #end()} to finish the line with CRLF.
 */
public final class ResponseLine {
    /** Strings longer than this go as literals even when they could be quoted: keeps lines readable and short. */
    static final int MAX_QUOTED = 1024;
    private static final int BUFFER_FLUSH = 8192;

    private final Connection connection;
    private final boolean utf8;
    private final StringBuilder buffer = new StringBuilder(128);
    private boolean needSpace;

    ResponseLine(Connection connection, boolean utf8, String prefix) {
        this.connection = connection;
        this.utf8 = utf8;
        buffer.append(prefix);
    }

    /** For prefixes that end in a token ("a1 OK"): the next item needs a leading space. */
    void needSpaceAfterPrefix() {
        needSpace = true;
    }

    private void separate() {
        if (needSpace) {
            buffer.append(' ');
        }
        needSpace = true;
    }

    /** An atom or any pre-formatted protocol token, written as is. */
    public ResponseLine atom(String atom) {
        separate();
        buffer.append(atom);
        return this;
    }

    public ResponseLine number(long n) {
        return atom(Long.toString(n));
    }

    public ResponseLine nil() {
        return atom("NIL");
    }

    /** A string: quoted when it can be, else a literal. */
    public ResponseLine string(String s) {
        separate();
        if (Quoting.quotable(s, utf8, MAX_QUOTED)) {
            Quoting.appendQuoted(buffer, s);
        } else {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            appendLiteralBytes(bytes);
        }
        checkBuffer();
        return this;
    }

    /** An nstring: NIL for null, else {@link #string(String)}. */
    public ResponseLine nstring(String s) {
        return s == null ? nil() : string(s);
    }

    /** An astring: an atom when every character allows it, else a string. */
    public ResponseLine astring(String s) {
        return Quoting.atomSafe(s) ? atom(s) : string(s);
    }

    /**
     * A value rendered elsewhere whose chars are octets (ISO-8859-1), such as the cached ENVELOPE and BODYSTRUCTURE:
     * their literals count octets, so they must not go through the UTF-8 text path.
     */
    public ResponseLine octets(String latin1) {
        separate();
        drain();
        connection.write(latin1.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A literal of raw octets. */
    public ResponseLine literal(byte[] bytes) {
        separate();
        appendLiteralBytes(bytes);
        return this;
    }

    private void appendLiteralBytes(byte[] bytes) {
        buffer.append('{').append(bytes.length).append("}\r\n");
        drain();
        connection.write(bytes);
    }

    /** A literal streamed from a file region (message bodies). */
    public ResponseLine literal(Path file, long offset, long length) throws IOException {
        separate();
        buffer.append('{').append(length).append("}\r\n");
        drain();
        connection.writeFile(file, offset, length);
        return this;
    }

    /** A literal streamed from a stream of known length; the caller closes the stream. */
    public ResponseLine literal(InputStream in, long length) throws IOException {
        separate();
        buffer.append('{').append(length).append("}\r\n");
        drain();
        connection.writeStream(in, length);
        return this;
    }

    /** A literal8 ({@code ~{n}}, RFC 3516) streamed from a stream: octets that may contain NUL. */
    public ResponseLine literal8(InputStream in, long length) throws IOException {
        separate();
        buffer.append("~{").append(length).append("}\r\n");
        drain();
        connection.writeStream(in, length);
        return this;
    }

    /** Opens a parenthesized list. */
    public ResponseLine open() {
        separate();
        buffer.append('(');
        needSpace = false;
        return this;
    }

    /** Closes a parenthesized list. */
    public ResponseLine close() {
        buffer.append(')');
        needSpace = true;
        return this;
    }

    /** Free text up to the end of the line (resp-text); CR and LF are replaced so the line cannot be split. */
    public ResponseLine text(String text) {
        separate();
        buffer.append(Quoting.singleLine(text));
        return this;
    }

    /** Finishes the line with CRLF and hands it to the connection (not yet flushed). */
    public void end() {
        buffer.append("\r\n");
        drain();
    }

    private void checkBuffer() {
        if (buffer.length() >= BUFFER_FLUSH) {
            drain();
        }
    }

    private void drain() {
        if (buffer.length() > 0) {
            connection.write(buffer);
            buffer.setLength(0);
        }
    }
}
