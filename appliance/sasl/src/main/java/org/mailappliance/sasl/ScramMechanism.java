package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * SCRAM-SHA-1 / SCRAM-SHA-256 server (RFC 5802, RFC 7677) without channel binding. Verifies the client proof
 * against StoredKey and signs the server-final message with ServerKey; the password is never seen. An unknown user
 * is answered with a salt derived from the name and a server secret, so the exchange looks the same as for a real
 * account until the proof fails.
 */
final class ScramMechanism extends OneShot {
    private enum Stage { CLIENT_FIRST, CLIENT_FINAL }

    private final ScramAlgorithm algorithm;
    private final CredentialStore store;
    private final FakeScramCredentials fakes;
    private final NonceSource nonces;
    private Stage stage = Stage.CLIENT_FIRST;
    private ScramClientFirst clientFirst;
    private String user;
    private String serverFirst;
    private String combinedNonce;
    private ScramCredentials credentials;
    private boolean knownUser;

    ScramMechanism(ScramAlgorithm algorithm, CredentialStore store, FakeScramCredentials fakes, NonceSource nonces) {
        this.algorithm = algorithm;
        this.store = store;
        this.fakes = fakes;
        this.nonces = nonces;
    }

    @Override
    public String mechanism() {
        return algorithm.mechanism();
    }

    @Override
    SaslStep next(byte[] response) {
        if (response == null) {
            return new SaslStep.Challenge(new byte[0]);
        }
        Optional<String> text = Utf8.decode(response);
        if (text.isEmpty() || text.get().isEmpty()) {
            return malformed("empty or non-UTF-8 SCRAM message");
        }
        return stage == Stage.CLIENT_FIRST ? clientFirst(text.get()) : clientFinal(text.get());
    }

    private SaslStep clientFirst(String message) {
        ScramClientFirst.Result parsed = ScramClientFirst.parse(message);
        if (parsed.error() != null) {
            return malformed(parsed.error());
        }
        clientFirst = parsed.message();
        Optional<String> prepared = SaslPrep.prepare(clientFirst.username());
        if (prepared.isEmpty()) {
            return malformed("user name fails SASLprep");
        }
        Optional<String> canonical = store.canonicalUser(prepared.get());
        user = canonical.orElse(prepared.get());
        try {
            // a name that cannot be a user runs the exchange on fake credentials, like an unknown user
            Optional<ScramCredentials> stored = canonical.isEmpty() ? Optional.empty()
                    : store.scram(user, algorithm.mechanism());
            knownUser = stored.isPresent();
            credentials = stored.orElseGet(() -> fakes.forUnknown(algorithm, user));
        } catch (CredentialStore.Unavailable e) {
            return SaslStep.failure(SaslStep.Reason.UNAVAILABLE, "credential store unavailable: " + e.getMessage());
        }
        combinedNonce = clientFirst.nonce() + nonces.nextNonce();
        serverFirst = "r=" + combinedNonce + ",s=" + Base64.getEncoder().encodeToString(credentials.salt())
                + ",i=" + credentials.iterations();
        stage = Stage.CLIENT_FINAL;
        return new SaslStep.Challenge(serverFirst.getBytes(StandardCharsets.UTF_8));
    }

    private SaslStep clientFinal(String message) {
        int proofAt = message.lastIndexOf(",p=");
        if (!message.startsWith("c=") || proofAt < 0) {
            return malformed("client-final-message must start with c= and end with p=");
        }
        String withoutProof = message.substring(0, proofAt);
        String[] attributes = withoutProof.split(",", -1);
        if (attributes.length < 2 || !attributes[1].startsWith("r=")) {
            return malformed("client-final-message lacks r=");
        }
        String expectedBinding = Base64.getEncoder()
                .encodeToString(clientFirst.gs2Header().getBytes(StandardCharsets.UTF_8));
        if (!attributes[0].substring(2).equals(expectedBinding)) {
            return malformed("channel binding data does not repeat the gs2 header");
        }
        if (!attributes[1].substring(2).equals(combinedNonce)) {
            return malformed("nonce does not match");
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
        } catch (IllegalArgumentException e) {
            return malformed("proof is not base64");
        }
        if (proof.length != algorithm.keyLength()) {
            return malformed("proof has the wrong length");
        }
        byte[] authMessage = (clientFirst.bare() + "," + serverFirst + "," + withoutProof)
                .getBytes(StandardCharsets.UTF_8);
        byte[] storedKey = credentials.storedKey();
        byte[] clientSignature = algorithm.hmac(storedKey, authMessage);
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        boolean proven = MessageDigest.isEqual(algorithm.hash(clientKey), storedKey);
        if (!proven || !knownUser) {
            return SaslStep.failure(SaslStep.Reason.AUTHENTICATION_FAILED,
                    (knownUser ? "bad proof for " : "unknown user ") + user);
        }
        byte[] serverSignature = algorithm.hmac(credentials.serverKey(), authMessage);
        byte[] serverFinal = ("v=" + Base64.getEncoder().encodeToString(serverSignature))
                .getBytes(StandardCharsets.UTF_8);
        return Authorization.decide(store, clientFirst.authzid(), user, serverFinal);
    }
}
