package org.mailappliance.imap.session;

import java.util.Locale;
import org.mailappliance.config.ConfigException;

/** How much the server tells about itself in the greeting and ID (imapd.conf {@code serverinfo}). */
public enum ServerInfo {
    /** Host name, product and version. */
    ON,
    /** Host name only. */
    MIN,
    /** Nothing. */
    OFF;

    static ServerInfo parse(String value) throws ConfigException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "on", "yes", "true", "1" -> ON;
            case "min" -> MIN;
            case "off", "no", "false", "0" -> OFF;
            default -> throw new ConfigException("serverinfo: expected on, min or off, not '" + value + "'");
        };
    }
}
