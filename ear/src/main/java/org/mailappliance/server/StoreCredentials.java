package org.mailappliance.server;

import java.util.Optional;
import java.util.Set;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.accounts.ScramMechanism;
import org.mailappliance.sasl.CredentialStore;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.ScramCredentials;

/**
 * SASL's view of the accounts: passwords checked against the stored SCRAM verifiers, the verifiers themselves for
 * SCRAM, and Cyrus's proxy rule (only {@code admins} and {@code proxyservers} may act as another user).
 */
final class StoreCredentials implements CredentialStore {

    private final Accounts accounts;
    private final Set<String> proxiers;

    StoreCredentials(Accounts accounts, ImapdConf conf) {
        this.accounts = accounts;
        java.util.Set<String> may = new java.util.HashSet<>(conf.getList("admins"));
        may.addAll(conf.getList("proxyservers"));
        this.proxiers = Set.copyOf(may);
    }

    @Override
    public PasswordCheck verify(String authcid, char[] password) {
        try {
            return accounts.verify(authcid, password) ? PasswordCheck.OK : PasswordCheck.BAD;
        } catch (StoreException e) {
            return PasswordCheck.UNAVAILABLE;
        }
    }

    @Override
    public Optional<ScramCredentials> scram(String authcid, String mechanism) {
        for (ScramMechanism m : ScramMechanism.values()) {
            if (m.saslName().equals(mechanism)) {
                try {
                    return accounts.scramCredentials(authcid, m).map(c -> new ScramCredentials(
                            mechanism, c.salt(), c.iterations(), c.storedKey(), c.serverKey()));
                } catch (IllegalArgumentException notALogin) {
                    return Optional.empty();
                } catch (StoreException e) {
                    throw new Unavailable("account store unavailable", e);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean mayActAs(String authcid, String authzid) {
        return authcid.equals(authzid) || proxiers.contains(authcid);
    }
}
