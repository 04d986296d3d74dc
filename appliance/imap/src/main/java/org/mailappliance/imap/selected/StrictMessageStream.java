package org.mailappliance.imap.selected;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes an APPEND literal through to the store while checking it as Cyrus does (message_copy_strict): a bare LF
 * (not preceded by CR) or a NUL octet makes the message unacceptable. The check runs as the store reads, so the
 * message is read once and never held in memory; on a violation the read fails and {@link #violation()} says why.
 */
final class StrictMessageStream extends FilterInputStream {
    /** Why the message was refused, in Cyrus's words. */
    static final String BARE_NEWLINE = "Message contains bare newlines";
    static final String NUL = "Message contains NUL characters";

    private int previous = -1;
    private String violation;

    StrictMessageStream(InputStream in) {
        super(in);
    }

    /** The reason the message is unacceptable, or null while it is fine. */
    String violation() {
        return violation;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i]);
        }
        return n;
    }

    private void check(byte b) throws IOException {
        if (b == '\n' && previous != '\r') {
            fail(BARE_NEWLINE);
        } else if (b == 0) {
            fail(NUL);
        }
        previous = b;
    }

    private void fail(String reason) throws IOException {
        violation = reason;
        throw new IOException(reason);
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would let octets pass unchecked; the store never skips, so refuse rather than trust it
        throw new IOException("skip is not supported on a checked message stream");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
