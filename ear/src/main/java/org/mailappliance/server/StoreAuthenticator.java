package org.mailappliance.server;

import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.LoginContext;
import org.mailappliance.sasl.identity.PasswordLogin;

/** IMAP LOGIN through the sasl_pwcheck_method chain. A back end that cannot be asked is temporary, not a wrong password. */
final class StoreAuthenticator implements Authenticator {

    private final PasswordLogin logins;

    StoreAuthenticator(PasswordLogin logins) {
        this.logins = logins;
    }

    @Override
    public AuthResult authenticate(String login, char[] password, LoginContext context) {
        PasswordLogin.Outcome outcome = logins.check(login, password);
        return switch (outcome.check()) {
            case OK -> AuthResult.success(outcome.userId().orElseThrow());
            case BAD -> AuthResult.failure("wrong password, unknown or disabled login");
            case UNAVAILABLE -> AuthResult.unavailable("the password back end is unavailable");
        };
    }
}
