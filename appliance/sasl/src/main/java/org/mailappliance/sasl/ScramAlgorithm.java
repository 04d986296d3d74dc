package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hash functions of the SCRAM family (RFC 5802 §2.2, RFC 7677) and the key derivation both sides share. */
public enum ScramAlgorithm {
    SHA_1("SCRAM-SHA-1", "SHA-1", "HmacSHA1"),
    SHA_256("SCRAM-SHA-256", "SHA-256", "HmacSHA256");

    private final String mechanism;
    private final String digest;
    private final String hmac;

    ScramAlgorithm(String mechanism, String digest, String hmac) {
        this.mechanism = mechanism;
        this.digest = digest;
        this.hmac = hmac;
    }

    public String mechanism() {
        return mechanism;
    }

    public static Optional<ScramAlgorithm> forMechanism(String name) {
        for (ScramAlgorithm a : values()) {
            if (a.mechanism.equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The verifiers for a password (the store calls this when a password is set): SaltedPassword = Hi(password,
     * salt, i), StoredKey = H(HMAC(SaltedPassword, "Client Key")), ServerKey = HMAC(SaltedPassword, "Server Key").
     * The password must already be SASLprepped.
     */
    public ScramCredentials derive(String password, byte[] salt, int iterations) {
        byte[] salted = hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
        byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] serverKey = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
        return new ScramCredentials(mechanism, salt, iterations, hash(clientKey), serverKey);
    }

    byte[] hi(byte[] password, byte[] salt, int iterations) {
        byte[] block = new byte[salt.length + 4];
        System.arraycopy(salt, 0, block, 0, salt.length);
        block[block.length - 1] = 1;
        byte[] u = hmac(password, block);
        byte[] result = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = hmac(password, u);
            for (int j = 0; j < result.length; j++) {
                result[j] ^= u[j];
            }
        }
        return result;
    }

    byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(key, hmac));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is part of every JDK", e);
        }
    }

    byte[] hash(byte[] data) {
        try {
            return MessageDigest.getInstance(digest).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(digest + " is part of every JDK", e);
        }
    }

    int keyLength() {
        return this == SHA_1 ? 20 : 32;
    }
}
