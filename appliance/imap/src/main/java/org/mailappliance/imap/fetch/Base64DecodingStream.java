package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes base64 (RFC 2045 §6.8) as it is read, a quantum at a time. Lenient like Cyrus and Dovecot: characters
 * outside the alphabet (line breaks, blanks, junk) are skipped, the first "=" ends the data, and a final incomplete
 * quantum yields the whole octets it holds (one sextet alone holds none).
 */
final class Base64DecodingStream extends InputStream {
    private static final int[] VALUES = new int[256];

    static {
        java.util.Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private final InputStream in;
    private final byte[] decoded = new byte[3];
    private int decodedLength;
    private int decodedPos;
    private boolean ended;

    /** @param in the encoded octets; reads go one octet at a time, so give a buffered stream */
    Base64DecodingStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        if (decodedPos == decodedLength && !fill()) {
            return -1;
        }
        return decoded[decodedPos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (decodedPos == decodedLength && !fill()) {
                break;
            }
            int take = Math.min(len - n, decodedLength - decodedPos);
            System.arraycopy(decoded, decodedPos, b, off + n, take);
            decodedPos += take;
            n += take;
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes the next quantum; false at the end of the data. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int bits = 0;
        int sextets = 0;
        while (sextets < 4) {
            int c = in.read();
            if (c < 0 || c == '=') {
                ended = true;
                break;
            }
            int v = VALUES[c];
            if (v >= 0) {
                bits = bits << 6 | v;
                sextets++;
            }
        }
        decodedPos = 0;
        decodedLength = switch (sextets) {
            case 4 -> 3;
            case 3 -> 2;
            case 2 -> 1;
            default -> 0;
        };
        bits <<= 6 * (4 - sextets);
        decoded[0] = (byte) (bits >> 16);
        decoded[1] = (byte) (bits >> 8);
        decoded[2] = (byte) bits;
        return decodedLength > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
