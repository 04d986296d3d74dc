package org.mailappliance.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A minimal SCRAM client for tests (RFC 5802 §3), independent of the server's message handling. */
final class ScramClient {
    private final ScramAlgorithm algorithm;
    private final String user;
    private final String password;
    private final String gs2Header;
    private final String clientNonce;
    private byte[] serverSignature;

    ScramClient(ScramAlgorithm algorithm, String user, String password, String gs2Header, String clientNonce) {
        this.algorithm = algorithm;
        this.user = user;
        this.password = password;
        this.gs2Header = gs2Header;
        this.clientNonce = clientNonce;
    }

    String bare() {
        return "n=" + user + ",r=" + clientNonce;
    }

    String first() {
        return gs2Header + bare();
    }

    String last(String serverFirst) {
        String nonce = null;
        byte[] salt = null;
        int iterations = 0;
        for (String attribute : serverFirst.split(",")) {
            switch (attribute.charAt(0)) {
                case 'r' -> nonce = attribute.substring(2);
                case 's' -> salt = Base64.getDecoder().decode(attribute.substring(2));
                case 'i' -> iterations = Integer.parseInt(attribute.substring(2));
                default -> throw new IllegalArgumentException(attribute);
            }
        }
        String withoutProof = "c=" + Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.UTF_8))
                + ",r=" + nonce;
        byte[] authMessage = (bare() + "," + serverFirst + "," + withoutProof).getBytes(StandardCharsets.UTF_8);
        byte[] salted = algorithm.hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
        byte[] clientKey = algorithm.hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] signature = algorithm.hmac(algorithm.hash(clientKey), authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ signature[i]);
        }
        serverSignature = algorithm.hmac(algorithm.hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII)),
                authMessage);
        return withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
    }

    String expectedServerFinal() {
        return "v=" + Base64.getEncoder().encodeToString(serverSignature);
    }
}
