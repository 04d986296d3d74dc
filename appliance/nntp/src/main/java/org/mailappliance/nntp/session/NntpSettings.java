package org.mailappliance.nntp.session;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Product;
import org.mailappliance.nntp.feed.NewsPeer;

/**
 * What the NNTP engine takes from imapd.conf for one service, read once.
 *
 * @param serverName     {@code servername}: greeting and Path header
 * @param showServerName {@code serverinfo} is not {@code off}
 * @param showProduct    {@code serverinfo} is {@code on}: greeting and IMPLEMENTATION name the version
 * @param allowPlaintext {@code allowplaintext}: AUTHINFO USER and plaintext SASL without TLS
 * @param tlsAvailable   STARTTLS can work: unless {@code tls_server_cert} is {@code disabled}
 * @param allowNewNews   {@code allownewnews} (default off, as Cyrus: NEWNEWS is expensive)
 * @param timeout        {@code nntptimeout} (minutes, default and minimum 3, as Cyrus)
 * @param newsMaster     {@code newsmaster} (default {@code news}): the creator LIST ACTIVE.TIMES names
 * @param version        product version
 * @param newsPeer       {@code newspeer} ({@code [user@]host[:port]}), or null: feeding (IHAVE, streaming) is
 *                       offered only with one, to that host and to admins
 * @param admins         {@code admins}: logged in, they may feed articles as a peer does
 */
public record NntpSettings(String serverName, boolean showServerName, boolean showProduct, boolean allowPlaintext,
                           boolean tlsAvailable, boolean allowNewNews, Duration timeout,
                           String newsMaster, String version, NewsPeer newsPeer, Set<String> admins) {

    public NntpSettings {
        admins = Set.copyOf(admins);
    }

    public static final Duration MINIMUM_TIMEOUT = Duration.ofMinutes(3);
    public static final String PRODUCT = "Mail Appliance";

    public static NntpSettings from(ImapdConf conf) throws ConfigException {
        String serverInfo = conf.getString("serverinfo", "on").trim().toLowerCase(Locale.ROOT);
        if (!serverInfo.equals("on") && !serverInfo.equals("min") && !serverInfo.equals("off")) {
            throw new ConfigException("serverinfo: expected on, min or off, not " + serverInfo);
        }
        Duration timeout = conf.getDuration("nntptimeout", MINIMUM_TIMEOUT, ChronoUnit.MINUTES);
        if (timeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            timeout = MINIMUM_TIMEOUT;
        }
        return new NntpSettings(
                Product.serverName(conf),
                !serverInfo.equals("off"),
                serverInfo.equals("on"),
                conf.getBoolean("allowplaintext", false),
                !"disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim()),
                conf.getBoolean("allownewnews", false),
                timeout,
                conf.getString("newsmaster", "news").trim(),
                Product.version(),
                NewsPeer.parse(conf.getString("newspeer", "")).orElse(null),
                Set.copyOf(conf.getList("admins")));
    }
}
