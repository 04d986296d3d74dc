package org.mailappliance.mailstore.message.mime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what passes through as IMAP counts a body: lines are line feeds, and a bare LF counts two bytes,
 * since the message is served with CRLF line ends (what Dovecot reports for such messages).
 */
final class LineCountingInputStream extends FilterInputStream {
    private long bytes;
    private long lines;
    private int previous = -1;

    LineCountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    private void count(int b) {
        bytes++;
        if (b == '\n') {
            lines++;
            if (previous != '\r') {
                bytes++;
            }
        }
        previous = b;
    }

    /** Reads to the end so that the counts cover everything. */
    void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // counting happens in read
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long bytes() {
        return bytes;
    }

    long lines() {
        return lines;
    }
}
