package org.mailappliance.pop3.session;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Product;

/**
 * What the POP3 engine takes from imapd.conf for one service (cyrus.conf name), read once.
 *
 * @param serverName        {@code servername}: greeting and session ids
 * @param showServerName    {@code serverinfo} is not {@code off}: the greeting names the server
 * @param showProduct       {@code serverinfo} is {@code on}: greeting and pre-login CAPA name product and version
 * @param allowPlaintext    {@code allowplaintext} (default off): USER/PASS without TLS
 * @param tlsAvailable      STLS can work: unless {@code tls_server_cert} is {@code disabled}
 * @param timeout           {@code poptimeout} (minutes, at least 10, as Cyrus)
 * @param expireDays        {@code popexpiretime} in days for CAPA EXPIRE; negative: NEVER (default)
 * @param loginDelaySeconds {@code popminpoll} in seconds for CAPA LOGIN-DELAY (default 0)
 * @param uidlFormat        {@code uidl_format} (default cyrus)
 * @param product           product name (greeting, IMPLEMENTATION)
 * @param version           product version
 */
public record Pop3Settings(String serverName, boolean showServerName, boolean showProduct, boolean allowPlaintext,
                           boolean tlsAvailable, Duration timeout, long expireDays, long loginDelaySeconds,
                           UidlFormat uidlFormat, String product, String version) {

    public static final Duration MINIMUM_TIMEOUT = Duration.ofMinutes(10);
    public static final String PRODUCT = "Mail Appliance";

    /** Reads the settings from the service view of imapd.conf ({@code conf.forService(service)}). */
    public static Pop3Settings from(ImapdConf conf) throws ConfigException {
        String serverInfo = conf.getString("serverinfo", "on").trim().toLowerCase(Locale.ROOT);
        if (!serverInfo.equals("on") && !serverInfo.equals("min") && !serverInfo.equals("off")) {
            throw new ConfigException("serverinfo: expected on, min or off, not " + serverInfo);
        }
        Duration timeout = conf.getDuration("poptimeout", MINIMUM_TIMEOUT, ChronoUnit.MINUTES);
        if (timeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            timeout = MINIMUM_TIMEOUT;
        }
        Duration expire = conf.getDuration("popexpiretime", Duration.ofSeconds(-1), ChronoUnit.DAYS);
        Duration minPoll = conf.getDuration("popminpoll", Duration.ZERO, ChronoUnit.MINUTES);
        return new Pop3Settings(
                Product.serverName(conf),
                !serverInfo.equals("off"),
                serverInfo.equals("on"),
                conf.getBoolean("allowplaintext", false),
                !"disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim()),
                timeout,
                expire.isNegative() ? -1 : expire.toDays(),
                Math.max(0, minPoll.toSeconds()),
                UidlFormat.parse(conf.getString("uidl_format", "cyrus")),
                PRODUCT,
                Product.version());
    }


}
