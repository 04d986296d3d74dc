package org.mailappliance.server;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.LoginContext;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.Accounts;

/** Checks passwords against the store's accounts (salted SCRAM verifiers). A database outage is temporary, not a wrong password. */
final class StoreAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(StoreAuthenticator.class.getName());

    private final Accounts accounts;

    StoreAuthenticator(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthResult authenticate(String login, char[] password, LoginContext context) {
        try {
            return accounts.verify(login, password)
                    ? AuthResult.success(login)
                    : AuthResult.failure("wrong password, unknown or disabled login");
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "account store unavailable while checking " + login, e);
            return AuthResult.unavailable(e.getMessage());
        }
    }
}
