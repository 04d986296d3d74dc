package org.mailappliance.server;

import java.util.Optional;
import java.util.Set;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.accounts.CramSecrets;
import org.mailappliance.mailstore.accounts.ScramMechanism;
import org.mailappliance.sasl.CredentialStore;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.ScramCredentials;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.sasl.pwcheck.PasswordVerifier;

/**
 * SASL's view of the accounts: passwords checked by the sasl_pwcheck_method chain, the verifiers themselves for
 * SCRAM, and Cyrus's proxy rule (only {@code admins} and {@code proxyservers} may act as another user). Names are
 * made canonical by {@link UserIds} before any of these sees them.
 */
final class StoreCredentials implements CredentialStore {

    private final Accounts accounts;
    private final PasswordVerifier passwords;
    private final CramSecrets cramSecrets;
    private final Set<String> proxiers;
    private final UserIds userIds;

    /** @param passwords the sasl_pwcheck_method chain that checks plaintext passwords (PLAIN, LOGIN) */
    StoreCredentials(MailStore store, ImapdConf conf, UserIds userIds, PasswordVerifier passwords) {
        this.userIds = userIds;
        this.accounts = store.accounts();
        this.cramSecrets = store.cramSecrets();
        this.passwords = passwords;
        java.util.Set<String> may = new java.util.HashSet<>(conf.getList("admins"));
        may.addAll(conf.getList("proxyservers"));
        this.proxiers = Set.copyOf(may);
    }

    @Override
    public Optional<String> canonicalUser(String name) {
        return userIds.canonical(name);
    }

    @Override
    public PasswordCheck verify(String authcid, char[] password) {
        return passwords.verify(authcid, password);
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
    public Optional<byte[]> cramMd5Secret(String authcid) {
        try {
            return cramSecrets.find(authcid);
        } catch (StoreException e) {
            throw new Unavailable("account store unavailable", e);
        }
    }

    @Override
    public boolean mayActAs(String authcid, String authzid) {
        if (authcid.equals(authzid)) {
            return true;
        }
        // as Cyrus's proxy policy: an admin of a virtual domain may act only as users of that domain
        Optional<String> domain = UserIds.domainOf(authcid);
        return proxiers.contains(authcid) && (domain.isEmpty() || domain.equals(UserIds.domainOf(authzid)));
    }
}
