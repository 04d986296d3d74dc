package org.mailappliance.sasl;

import java.util.Objects;
import java.util.Optional;

/** What a mechanism answers to one client response: another challenge, success, or failure. */
public sealed interface SaslStep permits SaslStep.Challenge, SaslStep.Success, SaslStep.Failure {

    /** The server needs another client response; {@code data} is the raw (not yet base64) challenge, may be empty. */
    record Challenge(byte[] data) implements SaslStep {
        public Challenge {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /**
     * Authentication and authorization succeeded.
     *
     * @param authzid     the identity the session acts as (equals authcid when the client asked for none)
     * @param authcid     the identity whose credentials were checked
     * @param serverFinal additional data with success (SCRAM's server-final message), or null
     */
    record Success(String authzid, String authcid, byte[] serverFinal) implements SaslStep {
        public Success {
            Objects.requireNonNull(authzid, "authzid");
            Objects.requireNonNull(authcid, "authcid");
            serverFinal = serverFinal == null ? null : serverFinal.clone();
        }

        public Optional<byte[]> additionalData() {
            return Optional.ofNullable(serverFinal).map(byte[]::clone);
        }

        @Override
        public byte[] serverFinal() {
            return serverFinal == null ? null : serverFinal.clone();
        }
    }

    /**
     * The exchange is over without success.
     *
     * @param reason    what kind of failure, for the protocol's response code
     * @param logReason details for the log (never a password); not meant for the client
     */
    record Failure(Reason reason, String logReason) implements SaslStep {
        public Failure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why an exchange failed. */
    enum Reason {
        /** The client's message does not follow the mechanism's syntax. */
        MALFORMED,
        /** Wrong password or proof, unknown user: the client learns nothing more. */
        AUTHENTICATION_FAILED,
        /** Authenticated, but not allowed to act as the requested authzid. */
        AUTHORIZATION_FAILED,
        /** The credential store could not answer; a retry later may work. */
        UNAVAILABLE
    }

    static Failure failure(Reason reason, String logReason) {
        return new Failure(reason, logReason);
    }
}
