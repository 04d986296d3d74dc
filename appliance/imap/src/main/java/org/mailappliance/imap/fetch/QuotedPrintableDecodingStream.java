package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Decodes quoted-printable (RFC 2045 §6.7) as it is read. {@code =XX} becomes the octet, "=" at the end of a line
 * (blanks may follow it) is a soft line break and goes away, blanks at the end of a line were added by transport and
 * go away too (rule 3). Anything else malformed (a lone "=", "=G1") is kept as it stands, as Cyrus does. Holds at
 * most one run of blanks, bounded, while it looks for the end of the line.
 */
final class QuotedPrintableDecodingStream extends InputStream {
    /** Blanks kept while looking ahead; a longer run cannot be transport padding and goes out as is. */
    private static final int MAX_BLANKS = 1024;

    private final PushbackInputStream in;
    private final byte[] pending = new byte[MAX_BLANKS + 2];
    private int pendingLength;
    private int pendingPos;

    /** @param in the encoded octets; reads go one octet at a time, so give a buffered stream */
    QuotedPrintableDecodingStream(InputStream in) {
        this.in = new PushbackInputStream(in, 2);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            if (pendingPos < pendingLength) {
                return pending[pendingPos++] & 0xff;
            }
            int c = in.read();
            if (c == ' ' || c == '\t') {
                blanks(c);
                continue;
            }
            if (c != '=') {
                return c;
            }
            int a = in.read();
            if (isHex(a)) {
                int b = in.read();
                if (isHex(b)) {
                    return Character.digit(a, 16) << 4 | Character.digit(b, 16);
                }
                unread(b);
                unread(a);
                return '=';
            }
            if (a == ' ' || a == '\t' || a == '\r' || a == '\n' || a < 0) {
                unread(a);
                if (!softBreak()) {
                    return '=';
                }
                continue;
            }
            unread(a);
            return '=';
        }
    }

    /** Reads a run of blanks starting with {@code first}; keeps it unless the line (or the data) ends after it. */
    private void blanks(int first) throws IOException {
        pendingPos = 0;
        pendingLength = 0;
        pending[pendingLength++] = (byte) first;
        int c;
        while ((c = in.read()) == ' ' || c == '\t') {
            if (pendingLength == MAX_BLANKS) {
                unread(c);
                return;
            }
            pending[pendingLength++] = (byte) c;
        }
        if (c < 0 || c == '\n' || (c == '\r' && peek() == '\n')) {
            pendingLength = 0;
        }
        unread(c);
    }

    /**
     * After "=": blanks then the end of a line (or of the data) make a soft line break, which is consumed. Otherwise
     * the blanks are queued to follow the "=" and false is returned.
     */
    private boolean softBreak() throws IOException {
        pendingPos = 0;
        pendingLength = 0;
        int c;
        while ((c = in.read()) == ' ' || c == '\t') {
            if (pendingLength == MAX_BLANKS) {
                break;
            }
            pending[pendingLength++] = (byte) c;
        }
        if (c < 0 || c == '\n') {
            pendingLength = 0;
            return true;
        }
        if (c == '\r') {
            int n = in.read();
            if (n == '\n') {
                pendingLength = 0;
                return true;
            }
            unread(n);
        }
        unread(c);
        return false;
    }

    private int peek() throws IOException {
        int c = in.read();
        unread(c);
        return c;
    }

    private void unread(int c) throws IOException {
        if (c >= 0) {
            in.unread(c);
        }
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) {
                break;
            }
            b[off + n++] = (byte) c;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
