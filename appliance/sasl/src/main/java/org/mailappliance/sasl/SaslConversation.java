package org.mailappliance.sasl;

import java.util.Base64;
import java.util.Optional;

/**
 * The protocol-neutral half of a SASL exchange, the same in IMAP, POP3 and LMTP: client responses are base64 lines,
 * {@code *} cancels, and additional data with success (SCRAM's server-final) goes out as a last challenge that the
 * client must answer with an empty line, as Cyrus does. The protocol supplies the {@link Turns}: its reply syntax.
 */
public final class SaslConversation {

    /** What the protocol writes at each turn of the exchange. */
    public interface Turns {
        /** Send a challenge and wait for the client's next line. */
        void challenge(byte[] data);

        /** The exchange succeeded. */
        void succeeded(SaslStep.Success success);

        /** The exchange failed (bad credentials, forbidden authzid, malformed message, store unavailable). */
        void failed(SaslStep.Failure failure);

        /** The client answered {@code *}. */
        void cancelled();

        /** The client's line was not valid base64. */
        void badBase64();
    }

    private final SaslServer server;
    private final Turns turns;
    private SaslStep.Success pendingSuccess;

    public SaslConversation(SaslServer server, Turns turns) {
        this.server = server;
        this.turns = turns;
    }

    public SaslServer server() {
        return server;
    }

    /** Runs the first step; {@code initialResponse} is null when the client sent none. */
    public void begin(byte[] initialResponse) {
        step(server.evaluate(initialResponse));
    }

    /** One line the client sent in answer to a challenge (without its line terminator). */
    public void respond(String line) {
        String answer = line.strip();
        if (answer.equals("*")) {
            turns.cancelled();
            return;
        }
        Optional<byte[]> response = decodeBase64(answer);
        if (response.isEmpty()) {
            turns.badBase64();
            return;
        }
        if (pendingSuccess != null) {
            if (response.get().length != 0) {
                turns.failed(new SaslStep.Failure(SaslStep.Reason.MALFORMED,
                        "non-empty answer to the server-final message"));
            } else {
                turns.succeeded(pendingSuccess);
            }
            return;
        }
        step(server.evaluate(response.get()));
    }

    private void step(SaslStep step) {
        if (step instanceof SaslStep.Challenge challenge) {
            turns.challenge(challenge.data());
        } else if (step instanceof SaslStep.Success success) {
            if (success.serverFinal() != null) {
                pendingSuccess = success;
                turns.challenge(success.serverFinal());
            } else {
                turns.succeeded(success);
            }
        } else {
            turns.failed((SaslStep.Failure) step);
        }
    }

    /** Strict base64 (padding required, no stray characters); empty for anything else. */
    public static Optional<byte[]> decodeBase64(String base64) {
        if (base64.length() % 4 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
