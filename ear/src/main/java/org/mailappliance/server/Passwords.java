package org.mailappliance.server;

import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.sasl.CramMd5Secret;
import org.mailappliance.sasl.Mechanisms;

/**
 * Setting a password: the SCRAM verifiers always, and the CRAM-MD5 secret only while {@code sasl_mech_list} enables
 * CRAM-MD5 (it is a password equivalent for CRAM-MD5; without the mechanism there is no reason to keep one).
 */
public final class Passwords {
    private Passwords() {
    }

    /** @throws IllegalArgumentException for an unacceptable login name */
    public static void set(ImapdConf conf, MailStore store, String login, char[] password) {
        store.accounts().setPassword(login, password);
        if (Mechanisms.cramMd5Enabled(conf)) {
            store.cramSecrets().set(login, CramMd5Secret.of(password));
        } else {
            store.cramSecrets().remove(login);
        }
    }
}
