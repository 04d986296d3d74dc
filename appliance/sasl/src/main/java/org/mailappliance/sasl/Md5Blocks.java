package org.mailappliance.sasl;

/**
 * MD5 (RFC 1321) with its chaining state visible, which {@link java.security.MessageDigest} hides. CRAM-MD5 needs
 * it to keep HMAC-MD5's two states after the key block (RFC 2104 §4) instead of the password, as Dovecot's
 * {@code CRAM-MD5} scheme does: the states answer CRAM challenges but do not give the password back.
 */
final class Md5Blocks {
    private static final int[] S = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    private static final int[] K = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            K[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }
    }

    static final int[] INITIAL = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

    private Md5Blocks() {
    }

    /** The state after processing one 64-octet block from {@code state}. */
    static int[] block(int[] state, byte[] data, int offset) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            int p = offset + 4 * i;
            m[i] = (data[p] & 0xff) | (data[p + 1] & 0xff) << 8 | (data[p + 2] & 0xff) << 16 | (data[p + 3] & 0xff) << 24;
        }
        int a = state[0];
        int b = state[1];
        int c = state[2];
        int d = state[3];
        for (int i = 0; i < 64; i++) {
            int f;
            int g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) % 16;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
            }
            int rotated = Integer.rotateLeft(a + f + K[i] + m[g], S[(i / 16) * 4 + i % 4]);
            a = d;
            d = c;
            c = b;
            b = b + rotated;
        }
        return new int[] {state[0] + a, state[1] + b, state[2] + c, state[3] + d};
    }

    /**
     * Finishes a digest that started from {@code state} after {@code prefixLength} octets (a multiple of 64)
     * and continues with {@code message}.
     */
    static byte[] finish(int[] state, long prefixLength, byte[] message) {
        long bits = (prefixLength + message.length) * 8;
        int padded = ((message.length + 8) / 64 + 1) * 64;
        byte[] buffer = new byte[padded];
        System.arraycopy(message, 0, buffer, 0, message.length);
        buffer[message.length] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            buffer[padded - 8 + i] = (byte) (bits >>> (8 * i));
        }
        int[] s = state;
        for (int off = 0; off < padded; off += 64) {
            s = block(s, buffer, off);
        }
        return toBytes(s);
    }

    static byte[] toBytes(int[] state) {
        byte[] out = new byte[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                out[4 * i + j] = (byte) (state[i] >>> (8 * j));
            }
        }
        return out;
    }

    static int[] fromBytes(byte[] bytes, int offset) {
        int[] s = new int[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                s[i] |= (bytes[offset + 4 * i + j] & 0xff) << (8 * j);
            }
        }
        return s;
    }
}
