package org.mailappliance.sasl;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What the server keeps for CRAM-MD5: HMAC-MD5's inner and outer MD5 states after the padded key block (32
 * octets), computed when the password is set. Enough to check CRAM-MD5 responses, not to recover the password;
 * still a password equivalent for CRAM-MD5 itself, which is why it is kept only when {@code sasl_mech_list} asks
 * for CRAM-MD5.
 */
public final class CramMd5Secret {
    public static final int LENGTH = 32;

    private CramMd5Secret() {
    }

    /** The secret for a password (UTF-8, as clients key HMAC-MD5 with the password's octets). */
    public static byte[] of(char[] password) {
        byte[] key = Utf8.encode(password);
        if (key.length > 64) {
            byte[] longKey = key;
            key = md5(longKey);
            Arrays.fill(longKey, (byte) 0);
        }
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            byte k = i < key.length ? key[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        Arrays.fill(key, (byte) 0);
        byte[] secret = new byte[LENGTH];
        System.arraycopy(Md5Blocks.toBytes(Md5Blocks.block(Md5Blocks.INITIAL, inner, 0)), 0, secret, 0, 16);
        System.arraycopy(Md5Blocks.toBytes(Md5Blocks.block(Md5Blocks.INITIAL, outer, 0)), 0, secret, 16, 16);
        return secret;
    }

    /** HMAC-MD5 of {@code message} under the password the secret was made from. */
    static byte[] hmac(byte[] secret, byte[] message) {
        if (secret.length != LENGTH) {
            throw new IllegalArgumentException("a CRAM-MD5 secret has " + LENGTH + " octets");
        }
        byte[] innerDigest = Md5Blocks.finish(Md5Blocks.fromBytes(secret, 0), 64, message);
        return Md5Blocks.finish(Md5Blocks.fromBytes(secret, 16), 64, innerDigest);
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
