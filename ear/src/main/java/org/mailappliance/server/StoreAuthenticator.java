package org.mailappliance.server;

import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.LoginContext;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;

/** IMAP LOGIN through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary, not a wrong password. */
final class StoreAuthenticator implements Authenticator {

    private final PasswordVerifier passwords;

    StoreAuthenticator(PasswordVerifier passwords) {
        this.passwords = passwords;
    }

    @Override
    public AuthResult authenticate(String login, char[] password, LoginContext context) {
        return switch (passwords.verify(login, password)) {
            case OK -> AuthResult.success(login);
            case BAD -> AuthResult.failure("wrong password, unknown or disabled login");
            case UNAVAILABLE -> AuthResult.unavailable("the password back end is unavailable");
        };
    }
}
