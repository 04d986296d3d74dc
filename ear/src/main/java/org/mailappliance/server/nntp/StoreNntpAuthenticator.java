package org.mailappliance.server.nntp;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.sasl.identity.PasswordLogin;
import org.mailappliance.nntp.port.AuthResult;
import org.mailappliance.nntp.port.NntpAuthenticator;

/** AUTHINFO USER/PASS through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary. */
public final class StoreNntpAuthenticator implements NntpAuthenticator {

    private final PasswordLogin logins;

    public StoreNntpAuthenticator(PasswordLogin logins) {
        this.logins = logins;
    }

    @Override
    public AuthResult verify(String login, String password, boolean secure, SocketAddress client) {
        char[] secret = password.toCharArray();
        try {
            PasswordLogin.Outcome outcome = logins.check(login, secret);
            return switch (outcome.check()) {
                case OK -> AuthResult.success(outcome.userId().orElseThrow());
                case BAD -> AuthResult.failure();
                case UNAVAILABLE -> AuthResult.unavailable("the password back end is unavailable");
            };
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
