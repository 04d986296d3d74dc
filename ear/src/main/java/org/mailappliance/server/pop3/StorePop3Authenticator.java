package org.mailappliance.server.pop3;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.pop3.port.AuthResult;
import org.mailappliance.pop3.port.Pop3Authenticator;

/** USER/PASS against the accounts (salted SCRAM verifiers). A database outage is temporary, not a wrong password. */
public final class StorePop3Authenticator implements Pop3Authenticator {

    private final Accounts accounts;

    public StorePop3Authenticator(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthResult verify(String login, String password, boolean secure, SocketAddress client) {
        char[] secret = password.toCharArray();
        try {
            return accounts.verify(login, secret) ? AuthResult.success(login) : AuthResult.failure();
        } catch (StoreException e) {
            return AuthResult.unavailable("the account store is unavailable");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
