package org.mailappliance.imap.session;

/**
 * Port to the account store: checks a user name and password. Implemented by the application (mailstore accounts,
 * SASL back ends); called from the command thread, so it may block.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * Checks the credentials. The engine wipes {@code password} after the call; do not keep a reference.
     * Must not throw for bad credentials: return {@link AuthResult.Failure}.
     */
    AuthResult authenticate(String login, char[] password, LoginContext context);
}
