package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * CRAM-MD5 (RFC 2195): the server sends {@code <random.time@host>}, the client answers
 * {@code user SP hex(HMAC-MD5(password, challenge))}. Checked against the stored {@link CramMd5Secret}; an unknown
 * user or one without a secret costs the same HMAC against a decoy. No authorization identity: the user acts as
 * itself.
 */
final class CramMd5Mechanism extends OneShot {
    static final String NAME = "CRAM-MD5";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] DECOY = CramMd5Secret.of("decoy".toCharArray());

    private final CredentialStore store;
    private final String serverName;
    private byte[] challenge;

    CramMd5Mechanism(CredentialStore store, String serverName) {
        this.store = store;
        this.serverName = serverName;
    }

    @Override
    public String mechanism() {
        return NAME;
    }

    @Override
    SaslStep next(byte[] response) {
        if (challenge == null) {
            if (response != null && response.length > 0) {
                return malformed("CRAM-MD5 takes no initial response");
            }
            challenge = ("<" + Long.toUnsignedString(RANDOM.nextLong()) + "." + System.currentTimeMillis() + "@"
                    + serverName + ">").getBytes(StandardCharsets.US_ASCII);
            return new SaslStep.Challenge(challenge);
        }
        Optional<String> text = response == null ? Optional.empty() : Utf8.decode(response);
        int space = text.map(t -> t.lastIndexOf(' ')).orElse(-1);
        if (space <= 0) {
            return malformed("CRAM-MD5 response is not 'user digest'");
        }
        Optional<String> canonical = store.canonicalUser(text.get().substring(0, space));
        String user = canonical.orElse(text.get().substring(0, space));
        byte[] digest;
        try {
            digest = HexFormat.of().parseHex(text.get().substring(space + 1));
        } catch (IllegalArgumentException e) {
            return malformed("CRAM-MD5 digest is not hex");
        }
        Optional<byte[]> secret;
        try {
            secret = canonical.isEmpty() ? Optional.empty() : store.cramMd5Secret(user);
        } catch (CredentialStore.Unavailable e) {
            return SaslStep.failure(SaslStep.Reason.UNAVAILABLE, "credential store unavailable");
        }
        byte[] expected = CramMd5Secret.hmac(secret.orElse(DECOY), challenge);
        if (secret.isEmpty() || !MessageDigest.isEqual(expected, digest)) {
            return SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED,
                    "bad CRAM-MD5 digest, unknown user or no CRAM-MD5 secret for " + user);
        }
        return Authorization.decide(store, null, user, null);
    }
}
