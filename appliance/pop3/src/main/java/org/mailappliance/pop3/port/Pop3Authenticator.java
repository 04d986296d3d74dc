package org.mailappliance.pop3.port;

import java.net.SocketAddress;

/**
 * Port: checks USER/PASS credentials. Implemented outside this module (on the account store). Called once per PASS;
 * the engine has already refused plaintext logins the configuration does not allow, so an implementation only
 * verifies. It must not throw for a wrong password ({@link AuthResult.Failure}); a runtime exception is treated as
 * {@link AuthResult.Unavailable}.
 */
@FunctionalInterface
public interface Pop3Authenticator {

    /**
     * @param login    what the client sent with USER (not canonicalised: the implementation canonicalises, as
     *                 Cyrus's canon_user does, and returns the canonical userid)
     * @param password what the client sent with PASS (may contain spaces)
     * @param secure   whether the link is TLS-protected (STLS done or implicit TLS)
     * @param client   the client's address, for logging and rate limits
     */
    AuthResult verify(String login, String password, boolean secure, SocketAddress client);
}
