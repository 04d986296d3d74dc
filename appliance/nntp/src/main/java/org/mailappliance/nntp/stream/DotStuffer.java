package org.mailappliance.nntp.stream;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns octets into an NNTP multi-line block (RFC 3977 §3.1.1) while they stream through: a line starting with
 * {@code .} gets a second one, a bare LF becomes CRLF, an unterminated last line is ended, and {@link #finish()}
 * appends the terminating {@code .CRLF}. Holds only a small buffer whatever the article size. One per response.
 */
public final class DotStuffer {
    private final OutputStream out;
    private final byte[] buffer = new byte[8192];
    private int buffered;
    private boolean atLineStart = true;
    private boolean afterCr;

    public DotStuffer(OutputStream out) {
        this.out = out;
    }

    public void write(byte[] data, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            if (b == '\n') {
                if (!afterCr) {
                    put((byte) '\r');
                }
                put(b);
                atLineStart = true;
                afterCr = false;
                continue;
            }
            if (atLineStart && b == '.') {
                put((byte) '.');
            }
            put(b);
            atLineStart = false;
            afterCr = b == '\r';
        }
    }

    /** Ends an unterminated last line and appends {@code .CRLF}. */
    public void finish() throws IOException {
        if (!atLineStart) {
            if (!afterCr) {
                put((byte) '\r');
            }
            put((byte) '\n');
        }
        put((byte) '.');
        put((byte) '\r');
        put((byte) '\n');
        if (buffered > 0) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
    }

    private void put(byte b) throws IOException {
        if (buffered == buffer.length) {
            out.write(buffer, 0, buffered);
            buffered = 0;
        }
        buffer[buffered++] = b;
    }
}
