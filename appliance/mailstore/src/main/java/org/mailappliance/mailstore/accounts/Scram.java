package org.mailappliance.mailstore.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM key derivation of RFC 5802 §3, with the JDK's HMAC and digests only. Public so that the SASL
 * SCRAM mechanisms compute proofs and signatures with the same primitives the stored keys came from.
 */
public final class Scram {
    private static final byte[] CLIENT_KEY = "Client Key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER_KEY = "Server Key".getBytes(StandardCharsets.US_ASCII);

    private Scram() {
    }

    /**
     * Derives the credentials a server stores from a password.
     *
     * @param password the password, not yet SASLprepped
     * @throws IllegalArgumentException if SASLprep rejects the password or it is empty
     */
    public static ScramCredentials derive(ScramMechanism mechanism, char[] password, byte[] salt, int iterations) {
        byte[] salted = saltedPassword(mechanism, password, salt, iterations);
        try {
            byte[] clientKey = hmac(mechanism, salted, CLIENT_KEY);
            byte[] storedKey = hash(mechanism, clientKey);
            byte[] serverKey = hmac(mechanism, salted, SERVER_KEY);
            Arrays.fill(clientKey, (byte) 0);
            return new ScramCredentials(mechanism, salt, iterations, storedKey, serverKey);
        } finally {
            Arrays.fill(salted, (byte) 0);
        }
    }

    /** SaltedPassword := Hi(Normalize(password), salt, i), Hi being PBKDF2 with HMAC and one output block. */
    public static byte[] saltedPassword(ScramMechanism mechanism, char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iteration count must be positive");
        }
        byte[] key = SaslPrep.prepareStored(password).getBytes(StandardCharsets.UTF_8);
        if (key.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        try {
            Mac mac = Mac.getInstance(mechanism.macAlgorithm());
            mac.init(new SecretKeySpec(key, mechanism.macAlgorithm()));
            mac.update(salt);
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] result = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < result.length; j++) {
                    result[j] ^= u[j];
                }
            }
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mechanism.macAlgorithm() + " is missing from this JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public static byte[] hmac(ScramMechanism mechanism, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(mechanism.macAlgorithm());
            mac.init(new SecretKeySpec(key, mechanism.macAlgorithm()));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mechanism.macAlgorithm() + " is missing from this JDK", e);
        }
    }

    public static byte[] hash(ScramMechanism mechanism, byte[] data) {
        try {
            return MessageDigest.getInstance(mechanism.digestAlgorithm()).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(mechanism.digestAlgorithm() + " is missing from this JDK", e);
        }
    }

    /**
     * The server side of the proof check (RFC 5802 §3): recovers ClientKey from the proof and compares its hash
     * with StoredKey in constant time.
     */
    public static boolean verifyClientProof(ScramCredentials stored, byte[] authMessage, byte[] clientProof) {
        ScramMechanism mechanism = stored.mechanism();
        byte[] clientSignature = hmac(mechanism, stored.storedKey(), authMessage);
        if (clientProof.length != clientSignature.length) {
            return false;
        }
        byte[] clientKey = new byte[clientProof.length];
        for (int i = 0; i < clientKey.length; i++) {
            clientKey[i] = (byte) (clientProof[i] ^ clientSignature[i]);
        }
        return MessageDigest.isEqual(hash(mechanism, clientKey), stored.storedKey());
    }

    /** ServerSignature := HMAC(ServerKey, AuthMessage), sent as {@code v=} in server-final-message. */
    public static byte[] serverSignature(ScramCredentials stored, byte[] authMessage) {
        return hmac(stored.mechanism(), stored.serverKey(), authMessage);
    }
}
