package org.mailappliance.server;

import java.util.logging.Logger;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;

/**
 * Gives every login in {@code admins} that has no account yet the password from {@code bootstrap_password}
 * (a key of ours: development configurations and the installer's first boot). Existing accounts are never touched,
 * so changing the password later with saslpasswd2 sticks.
 */
final class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    private final ImapdConf conf;
    private final MailStore store;

    AdminBootstrap(ImapdConf conf, MailStore store) {
        this.conf = conf;
        this.store = store;
    }

    void run() {
        String password = conf.getString("bootstrap_password", "");
        if (password.isEmpty()) {
            return;
        }
        for (String admin : conf.getList("admins")) {
            if (!store.accounts().exists(admin)) {
                Passwords.set(conf, store, admin, password.toCharArray());
                LOG.warning("created admin login '" + admin + "' with the bootstrap_password from imapd.conf;"
                        + " change it with saslpasswd2 and remove bootstrap_password");
            }
        }
    }
}
