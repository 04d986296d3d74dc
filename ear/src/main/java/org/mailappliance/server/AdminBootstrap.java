package org.mailappliance.server;

import java.util.logging.Logger;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.Accounts;

/**
 * Gives every login in {@code admins} that has no account yet the password from {@code bootstrap_password}
 * (a key of ours: development configurations and the installer's first boot). Existing accounts are never touched,
 * so changing the password later with saslpasswd2 sticks.
 */
final class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    private final ImapdConf conf;
    private final Accounts accounts;

    AdminBootstrap(ImapdConf conf, Accounts accounts) {
        this.conf = conf;
        this.accounts = accounts;
    }

    void run() {
        String password = conf.getString("bootstrap_password", "");
        if (password.isEmpty()) {
            return;
        }
        for (String admin : conf.getList("admins")) {
            if (!accounts.exists(admin)) {
                accounts.setPassword(admin, password.toCharArray());
                LOG.warning("created admin login '" + admin + "' with the bootstrap_password from imapd.conf;"
                        + " change it with saslpasswd2 and remove bootstrap_password");
            }
        }
    }
}
