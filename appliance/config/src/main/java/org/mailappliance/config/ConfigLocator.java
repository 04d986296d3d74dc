package org.mailappliance.config;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Finds the configuration files, like Cyrus's {@code -C} (imapd.conf) and master's {@code -M} (cyrus.conf):
 * a system property, else an environment variable, else the standard location.
 */
public final class ConfigLocator {
    static final String IMAPD_PROPERTY = "appliance.imapd.conf";
    static final String IMAPD_ENV = "IMAPD_CONF";
    static final String CYRUS_PROPERTY = "appliance.cyrus.conf";
    static final String CYRUS_ENV = "CYRUS_CONF";
    static final Path DEFAULT_IMAPD_CONF = Path.of("/etc/imapd.conf");

    private ConfigLocator() {
    }

    /** System property "appliance.imapd.conf", else env IMAPD_CONF, else /etc/imapd.conf. */
    public static Path imapdConf() {
        return imapdConf(System::getProperty, System::getenv);
    }

    /** System property "appliance.cyrus.conf", else env CYRUS_CONF, else "cyrus.conf" beside {@link #imapdConf()}. */
    public static Path cyrusConf() {
        return cyrusConf(System::getProperty, System::getenv);
    }

    static Path imapdConf(Function<String, String> properties, Function<String, String> environment) {
        String chosen = firstSet(properties.apply(IMAPD_PROPERTY), environment.apply(IMAPD_ENV));
        return chosen == null ? DEFAULT_IMAPD_CONF : Path.of(chosen);
    }

    static Path cyrusConf(Function<String, String> properties, Function<String, String> environment) {
        String chosen = firstSet(properties.apply(CYRUS_PROPERTY), environment.apply(CYRUS_ENV));
        if (chosen != null) {
            return Path.of(chosen);
        }
        return imapdConf(properties, environment).resolveSibling("cyrus.conf");
    }

    private static String firstSet(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : null;
    }
}
