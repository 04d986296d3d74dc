package org.mailappliance.server.pop3;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.pop3.port.AuthResult;
import org.mailappliance.pop3.port.Pop3Authenticator;
import org.mailappliance.sasl.identity.PasswordLogin;

/** USER/PASS through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary, not a wrong password. */
public final class StorePop3Authenticator implements Pop3Authenticator {

    private final PasswordLogin logins;

    public StorePop3Authenticator(PasswordLogin logins) {
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
