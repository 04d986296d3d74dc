package org.mailappliance.server.nntp;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;
import org.mailappliance.nntp.port.AuthResult;
import org.mailappliance.nntp.port.NntpAuthenticator;

/** AUTHINFO USER/PASS through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary. */
public final class StoreNntpAuthenticator implements NntpAuthenticator {

    private final PasswordVerifier passwords;

    public StoreNntpAuthenticator(PasswordVerifier passwords) {
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
