package org.mailappliance.lmtp.delivery;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Streams a message without the {@code Return-Path} fields of its header (and their continuation lines), as Cyrus
 * does before adding its own: only the final delivery may set Return-Path (RFC 5321 §4.4). Everything from the first
 * empty line on passes unchanged. Reads ahead at most a field name, so memory stays small whatever the line lengths.
 */
final class ReturnPathFilter extends FilterInputStream {
    private static final byte[] NAME = "return-path".getBytes(StandardCharsets.US_ASCII);
    /** Enough for the name, optional whitespace (obsolete syntax) and the colon. */
    private static final int LOOKAHEAD = 64;

    private final PushbackInputStream in;
    private boolean inHeader = true;
    private boolean atLineStart = true;
    private boolean skipping;

    ReturnPathFilter(InputStream source) {
        this(new PushbackInputStream(source, LOOKAHEAD));
    }

    private ReturnPathFilter(PushbackInputStream in) {
        super(in);
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        while (true) {
            if (!inHeader) {
                return in.read();
            }
            if (atLineStart) {
                atLineStart = false;
                int c = in.read();
                if (c < 0) {
                    return -1;
                }
                boolean continuation = c == ' ' || c == '\t';
                in.unread(c);
                if (!continuation) {
                    skipping = isReturnPath();
                    if (!skipping && (c == '\r' || c == '\n')) {
                        inHeader = false;
                        continue;
                    }
                }
            }
            int c = in.read();
            if (c < 0) {
                return -1;
            }
            if (c == '\n') {
                atLineStart = true;
            }
            if (!skipping) {
                return c;
            }
        }
    }

    private boolean isReturnPath() throws IOException {
        byte[] buf = new byte[LOOKAHEAD];
        int n = in.readNBytes(buf, 0, LOOKAHEAD);
        in.unread(buf, 0, n);
        if (n < NAME.length) {
            return false;
        }
        String start = new String(buf, 0, NAME.length, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        if (!start.equals("return-path")) {
            return false;
        }
        int i = NAME.length;
        while (i < n && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        return i < n && buf[i] == ':';
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!inHeader) {
            return in.read(b, off, len);
        }
        int count = 0;
        while (count < len && inHeader) {
            int c = read();
            if (c < 0) {
                return count == 0 ? -1 : count;
            }
            b[off + count++] = (byte) c;
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return inHeader ? 0 : in.available();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
