package org.mailappliance.mailstore.message;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * The imapd.conf keys of the message store, with Cyrus's names and defaults.
 *
 * @param duplicateSuppression {@code duplicatesuppression} (default on): one delivery per Message-ID and mailbox
 * @param singleInstanceStore  {@code singleinstancestore} (default on): hard-link one file into every mailbox of a
 *                             partition instead of copying it
 * @param expungeMode          {@code expunge_mode} (default delayed)
 * @param strictQuota          {@code lmtp_strict_quota} (default off): a delivery is refused when this message would
 *                             go over the STORAGE limit, not only when the limit is already exceeded
 */
public record MessageStoreSettings(boolean duplicateSuppression, boolean singleInstanceStore, ExpungeMode expungeMode,
        boolean strictQuota) {
    public static final MessageStoreSettings DEFAULTS = new MessageStoreSettings(true, true, ExpungeMode.DELAYED, false);

    public static MessageStoreSettings from(ImapdConf conf) throws ConfigException {
        ExpungeMode mode;
        try {
            mode = ExpungeMode.parse(conf.getString("expunge_mode", "delayed"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        return new MessageStoreSettings(conf.getBoolean("duplicatesuppression", true),
                conf.getBoolean("singleinstancestore", true), mode, conf.getBoolean("lmtp_strict_quota", false));
    }
}
