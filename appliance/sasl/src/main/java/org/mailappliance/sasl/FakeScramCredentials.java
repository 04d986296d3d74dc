package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Stand-in verifiers for users that do not exist: the salt is HMAC-SHA-256(secret, mechanism NUL user) so a
 * repeated probe sees the same salt, as it would for a real account; the keys match no proof.
 */
final class FakeScramCredentials {
    static final int SALT_LENGTH = 16;

    private final byte[] secret;
    private final int iterations;

    FakeScramCredentials(byte[] secret, int iterations) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the fake-salt secret needs at least 16 octets");
        }
        this.secret = secret.clone();
        this.iterations = iterations;
    }

    ScramCredentials forUnknown(ScramAlgorithm algorithm, String user) {
        byte[] mac = ScramAlgorithm.SHA_256.hmac(secret,
                (algorithm.mechanism() + "\0" + user).getBytes(StandardCharsets.UTF_8));
        byte[] salt = Arrays.copyOf(mac, SALT_LENGTH);
        byte[] noKey = new byte[algorithm.keyLength()];
        return new ScramCredentials(algorithm.mechanism(), salt, iterations, noKey, noKey);
    }
}
