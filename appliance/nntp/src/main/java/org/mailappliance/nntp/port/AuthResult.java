package org.mailappliance.nntp.port;

import java.util.Objects;

/** The verdict of an {@link NntpAuthenticator} on one AUTHINFO USER/PASS pair. */
public sealed interface AuthResult {

    /** The password is right; {@code userid} is the canonical account name. */
    record Success(String userid) implements AuthResult {
        public Success {
            Objects.requireNonNull(userid, "userid");
        }
    }

    /** Unknown login or wrong password (never say which). */
    record Failure() implements AuthResult {
    }

    /** The account backend could not decide: the client may retry later. */
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
