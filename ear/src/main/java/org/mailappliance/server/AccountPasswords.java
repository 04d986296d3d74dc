package org.mailappliance.server;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;

/** sasl_pwcheck_method {@code auxprop}: the store's accounts (salted SCRAM verifiers). An outage is temporary. */
final class AccountPasswords implements PasswordVerifier {
    private static final Logger LOG = Logger.getLogger(AccountPasswords.class.getName());

    private final Accounts accounts;

    AccountPasswords(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public PasswordCheck verify(String login, char[] password) {
        try {
            return accounts.verify(login, password) ? PasswordCheck.OK : PasswordCheck.BAD;
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "account store unavailable while checking " + login, e);
            return PasswordCheck.UNAVAILABLE;
        }
    }
}
