package org.mailappliance.pop3.stream;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a message into a POP3 multi-line response body (RFC 1939 §3) while it streams through: a line starting with
 * '.' gets a second '.', a bare LF becomes CRLF, a missing final CRLF is added, and {@link #finish()} appends the
 * terminating {@code .CRLF}. Optionally stops after the header, the blank line and N body lines (TOP). Holds only a
 * small output buffer, whatever the message size. Not thread-safe; one instance per response.
 */
public final class DotStuffer {
    /** No body line limit: the whole message (RETR). */
    public static final long ALL_LINES = -1;
    private static final int BUFFER_SIZE = 8192;

    private final OutputStream out;
    private final long bodyLineLimit;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;
    private boolean atLineStart = true;
    private boolean afterCr;
    /** Octets of the current line other than CR: zero at the end of the line means the blank line ending the header. */
    private long lineLength;
    private boolean inBody;
    private long bodyLines;
    private boolean finished;

    /**
     * @param out           where the stuffed octets go (not closed)
     * @param bodyLineLimit body lines to send after the header ({@link #ALL_LINES} for the whole message)
     */
    public DotStuffer(OutputStream out, long bodyLineLimit) {
        this.out = out;
        this.bodyLineLimit = bodyLineLimit;
    }

    public void write(byte[] data, int offset, int length) throws IOException {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        for (int i = offset; i < offset + length; i++) {
            accept(data[i]);
        }
    }

    private void accept(byte b) throws IOException {
        if (atLineStart && limitReached()) {
            return;
        }
        if (b == '\n') {
            if (!afterCr) {
                put((byte) '\r');
            }
            put(b);
            endOfLine();
            return;
        }
        if (atLineStart && b == '.') {
            put((byte) '.');
        }
        put(b);
        atLineStart = false;
        afterCr = b == '\r';
        if (!afterCr) {
            lineLength++;
        }
    }

    private void endOfLine() {
        if (inBody) {
            bodyLines++;
        } else if (lineLength == 0) {
            inBody = true;
        }
        atLineStart = true;
        afterCr = false;
        lineLength = 0;
    }

    private boolean limitReached() {
        return bodyLineLimit != ALL_LINES && inBody && bodyLines >= bodyLineLimit;
    }

    /** Ends an unterminated last line, appends {@code .CRLF} and hands everything to the output stream. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        if (!atLineStart) {
            if (!afterCr) {
                put((byte) '\r');
            }
            put((byte) '\n');
        }
        put((byte) '.');
        put((byte) '\r');
        put((byte) '\n');
        drain();
        finished = true;
    }

    private void put(byte b) throws IOException {
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = b;
    }

    private void drain() throws IOException {
        if (buffered > 0) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
    }
}
