package org.mailappliance.sasl.identity;

import java.util.Locale;
import org.mailappliance.config.ConfigException;

/** imapd.conf {@code virtdomains}. */
public enum VirtDomains {
    /** Domains are ignored: {@code alice@example.org} is the user {@code alice}. */
    OFF,
    /** The userid carries the domain: {@code alice@example.org}. */
    USERID,
    /**
     * Like {@link #USERID}; Cyrus additionally derives a domain from the reverse DNS of the local address when the
     * address has none. That lookup is not done here: an address without domain stays without domain.
     */
    ON;

    public static VirtDomains parse(String value) throws ConfigException {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off", "no", "false", "0" -> OFF;
            case "userid" -> USERID;
            case "on", "yes", "true", "1" -> ON;
            default -> throw new ConfigException("virtdomains: expected off, userid or on, not '" + value + "'");
        };
    }
}
