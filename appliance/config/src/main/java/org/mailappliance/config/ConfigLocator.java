package org.mailappliance.config;

import java.nio.file.Path;

/** Finds the configuration files, like Cyrus's {@code -C} (imapd.conf) and master's {@code -M} (cyrus.conf). */
public final class ConfigLocator {
    static final String IMAPD_PROPERTY = "appliance.imapd.conf";
    static final String CYRUS_PROPERTY = "appliance.cyrus.conf";

    private ConfigLocator() {
    }

    public static Path imapdConf() {
        return Path.of("/etc/imapd.conf");
    }

    public static Path cyrusConf() {
        return imapdConf().resolveSibling("cyrus.conf");
    }
}
