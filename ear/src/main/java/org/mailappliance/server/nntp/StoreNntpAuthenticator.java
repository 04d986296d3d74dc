package org.mailappliance.server.nntp;

import java.net.SocketAddress;
import java.util.Arrays;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.nntp.port.AuthResult;
import org.mailappliance.nntp.port.NntpAuthenticator;

/** AUTHINFO USER/PASS against the accounts (salted SCRAM verifiers). A database outage is temporary. */
public final class StoreNntpAuthenticator implements NntpAuthenticator {

    private final Accounts accounts;

    public StoreNntpAuthenticator(Accounts accounts) {
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
