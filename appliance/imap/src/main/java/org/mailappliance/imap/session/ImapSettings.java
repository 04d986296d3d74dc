package org.mailappliance.imap.session;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Product;
import org.mailappliance.imap.parse.ParseLimits;

/**
 * What the IMAP engine takes from imapd.conf for one service (cyrus.conf name), read once so that a command never
 * parses configuration.
 *
 * @param serverName     {@code servername}: shown in the greeting
 * @param serverInfo     {@code serverinfo}: how much the greeting and ID reveal
 * @param allowPlaintext {@code allowplaintext}: LOGIN allowed without TLS
 * @param tlsRequired    {@code tls_required}: no authentication at all without TLS
 * @param tlsAvailable   whether STARTTLS can work: always, unless {@code tls_server_cert} is {@code disabled}, because
 *                       the connector generates a self-signed certificate when none is configured
 * @param literalMinus   {@code literalminus}: advertise LITERAL- instead of LITERAL+
 * @param timeout        {@code timeout}: autologout after login (minutes, default 32, at least 30 as in Cyrus)
 * @param preAuthTimeout autologout before login: no Cyrus option; short so idle unauthenticated sockets go away
 * @param limits         parser bounds ({@code maxword}, {@code maxquoted})
 * @param product        product name for the greeting and ID
 * @param version        product version for the greeting and ID
 * @param maxMessageSize {@code maxmessagesize}: the largest message APPEND accepts (APPENDLIMIT), 0 for no limit
 */
public record ImapSettings(String serverName, ServerInfo serverInfo, boolean allowPlaintext, boolean tlsRequired,
                           boolean tlsAvailable, boolean literalMinus, Duration timeout, Duration preAuthTimeout,
                           ParseLimits limits, String product, String version, long maxMessageSize) {

    public static final Duration MIN_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(32);
    public static final Duration DEFAULT_PREAUTH_TIMEOUT = Duration.ofMinutes(3);
    public static final String PRODUCT = "Mail Appliance IMAP";

    /** Reads the settings from the service view of imapd.conf ({@code conf.forService(service)}). */
    public static ImapSettings from(ImapdConf conf) throws ConfigException {
        Duration timeout = conf.getDuration("timeout", DEFAULT_TIMEOUT, ChronoUnit.MINUTES);
        if (timeout.compareTo(MIN_TIMEOUT) < 0) {
            timeout = MIN_TIMEOUT;
        }
        ParseLimits limits = new ParseLimits(ParseLimits.DEFAULT.maxTokens(), ParseLimits.DEFAULT.maxDepth(),
                positiveInt(conf, "maxword", ParseLimits.DEFAULT.maxWord()),
                positiveInt(conf, "maxquoted", ParseLimits.DEFAULT.maxQuoted()));
        boolean tls = !"disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim());
        return new ImapSettings(
                Product.serverName(conf),
                ServerInfo.parse(conf.getString("serverinfo", "on")),
                conf.getBoolean("allowplaintext", false),
                conf.getBoolean("tls_required", false),
                tls,
                conf.getBoolean("literalminus", false),
                timeout,
                DEFAULT_PREAUTH_TIMEOUT,
                limits,
                PRODUCT,
                Product.version(),
                conf.getBytes("maxmessagesize", 0, 1));
    }

    private static int positiveInt(ImapdConf conf, String key, int def) throws ConfigException {
        long v = conf.getBytes(key, def, 1);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new ConfigException(key + ": must be between 1 and " + Integer.MAX_VALUE + " octets, not " + v);
        }
        return (int) v;
    }

    /** Whether LOGIN may be used on a link with the given security. */
    public boolean plaintextLoginAllowed(boolean secure) {
        return secure || (allowPlaintext && !tlsRequired);
    }


}
