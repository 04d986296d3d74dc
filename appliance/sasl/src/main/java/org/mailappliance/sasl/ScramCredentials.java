package org.mailappliance.sasl;

import java.util.Objects;

/**
 * What the store keeps for one SCRAM mechanism (RFC 5802 §3), mirroring the mail store's own record: the salt and
 * iteration count announced to the client, StoredKey = H(ClientKey) to check the proof and ServerKey to sign the
 * server-final message. The arrays are copied in and out.
 *
 * @param mechanism  {@code SCRAM-SHA-1} or {@code SCRAM-SHA-256}
 */
public record ScramCredentials(String mechanism, byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

    public ScramCredentials {
        Objects.requireNonNull(mechanism, "mechanism");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        salt = salt.clone();
        storedKey = storedKey.clone();
        serverKey = serverKey.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] storedKey() {
        return storedKey.clone();
    }

    @Override
    public byte[] serverKey() {
        return serverKey.clone();
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "ScramCredentials[" + mechanism + ", i=" + iterations + "]";
    }
}
