package org.mailappliance.pop3.port;

import java.util.Objects;

/** The verdict of a {@link Pop3Authenticator} on one login and password. */
public sealed interface AuthResult {

    /** The password is right; {@code userid} is the canonical account name whose INBOX is the maildrop. */
    record Success(String userid) implements AuthResult {
        public Success {
            Objects.requireNonNull(userid, "userid");
        }
    }

    /** Unknown login or wrong password (never say which: no user probing). */
    record Failure() implements AuthResult {
    }

    /** The account backend could not decide (database down, ...): the client may retry later. */
    record Unavailable(String reason) implements AuthResult {
    }

    static AuthResult success(String userid) {
        return new Success(userid);
    }

    static AuthResult failure() {
        return new Failure();
    }

    static AuthResult unavailable(String reason) {
        return new Unavailable(reason);
    }
}
