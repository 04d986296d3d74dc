package org.mailappliance.mailstore.accounts;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * What a server keeps for one SCRAM mechanism (RFC 5802 §3): the salt and iteration count it announces,
 * StoredKey = H(HMAC(SaltedPassword, "Client Key")) to check a client proof, and
 * ServerKey = HMAC(SaltedPassword, "Server Key") to sign its own final message. The password cannot be
 * recovered from these, but they let a thief impersonate the server, so treat them as secrets.
 */
public final class ScramCredentials {
    private final ScramMechanism mechanism;
    private final byte[] salt;
    private final int iterations;
    private final byte[] storedKey;
    private final byte[] serverKey;

    public ScramCredentials(ScramMechanism mechanism, byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
        this.salt = salt.clone();
        this.iterations = iterations;
        this.storedKey = storedKey.clone();
        this.serverKey = serverKey.clone();
    }

    public ScramMechanism mechanism() {
        return mechanism;
    }

    public byte[] salt() {
        return salt.clone();
    }

    /** The salt as SCRAM puts it on the wire ({@code s=} attribute). */
    public String saltBase64() {
        return Base64.getEncoder().encodeToString(salt);
    }

    public int iterations() {
        return iterations;
    }

    public byte[] storedKey() {
        return storedKey.clone();
    }

    public byte[] serverKey() {
        return serverKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScramCredentials other && mechanism == other.mechanism && iterations == other.iterations
                && Arrays.equals(salt, other.salt) && Arrays.equals(storedKey, other.storedKey)
                && Arrays.equals(serverKey, other.serverKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mechanism, iterations, Arrays.hashCode(salt), Arrays.hashCode(storedKey));
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "ScramCredentials[" + mechanism.saslName() + ", i=" + iterations + "]";
    }
}
