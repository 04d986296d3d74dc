package org.mailappliance.imap.session;

/** The outcome of checking credentials. */
public sealed interface AuthResult {

    /** The credentials are good; {@code userId} is the canonical user (after virtdomains and alias mapping). */
    record Success(String userId) implements AuthResult {
        public Success {
            if (userId == null || userId.isEmpty()) {
                throw new IllegalArgumentException("an authenticated user has an id");
            }
        }
    }

    /** Wrong user name or password, or the account may not log in. {@code logReason} is for logs, never for the client. */
    record Failure(String logReason) implements AuthResult {
    }

    /** The credentials could not be checked right now (directory or database down): the client may retry later. */
    record Unavailable(String logReason) implements AuthResult {
    }

    static AuthResult success(String userId) {
        return new Success(userId);
    }

    static AuthResult failure(String logReason) {
        return new Failure(logReason);
    }

    static AuthResult unavailable(String logReason) {
        return new Unavailable(logReason);
    }
}
