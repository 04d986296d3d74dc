package org.mailappliance.mailstore;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.db.DatabaseSettings;
import org.mailappliance.mailstore.partition.Partitions;

/**
 * Everything {@link MailStore#open} needs, read from imapd.conf. Besides the database keys of
 * {@link DatabaseSettings} and Cyrus's partition keys, {@code mailstore_scram_iterations} (default
 * {@value Accounts#DEFAULT_ITERATIONS}, at least 4096) sets the PBKDF2 count for passwords set from now on.
 */
public record MailStoreSettings(DatabaseSettings database, Partitions partitions, int scramIterations) {
    public static final String SCRAM_ITERATIONS_KEY = "mailstore_scram_iterations";

    public static MailStoreSettings from(ImapdConf conf) throws ConfigException {
        long iterations = conf.getInt(SCRAM_ITERATIONS_KEY, Accounts.DEFAULT_ITERATIONS);
        if (iterations < Accounts.MIN_ITERATIONS || iterations > 10_000_000) {
            throw new ConfigException(SCRAM_ITERATIONS_KEY + " must be between " + Accounts.MIN_ITERATIONS
                    + " and 10000000, not " + iterations);
        }
        return new MailStoreSettings(DatabaseSettings.from(conf), Partitions.from(conf), (int) iterations);
    }
}
