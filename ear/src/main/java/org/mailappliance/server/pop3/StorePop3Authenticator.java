package org.mailappliance.server.pop3;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.pop3.port.AuthResult;
import org.mailappliance.pop3.port.Pop3Authenticator;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;

/** USER/PASS through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary, not a wrong password. */
public final class StorePop3Authenticator implements Pop3Authenticator {

    private final PasswordVerifier passwords;

    public StorePop3Authenticator(PasswordVerifier passwords) {
        this.passwords = passwords;
    }

    @Override
    public AuthResult verify(String login, String password, boolean secure, SocketAddress client) {
        char[] secret = password.toCharArray();
        try {
            return switch (passwords.verify(login, secret)) {
                case OK -> AuthResult.success(login);
                case BAD -> AuthResult.failure();
                case UNAVAILABLE -> AuthResult.unavailable("the password back end is unavailable");
            };
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
