package org.mailappliance.nntp.port;

import java.net.SocketAddress;

/**
 * Port: checks AUTHINFO USER/PASS credentials (RFC 4643 §2.3) on the account store. The engine has already refused
 * plaintext logins the configuration does not allow. Must not throw for a wrong password; a runtime exception is
 * treated as {@link AuthResult.Unavailable}.
 */
@FunctionalInterface
public interface NntpAuthenticator {

    AuthResult verify(String login, String password, boolean secure, SocketAddress client);
}
