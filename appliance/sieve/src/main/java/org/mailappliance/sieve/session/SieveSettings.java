package org.mailappliance.sieve.session;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Product;

/**
 * What the ManageSieve engine takes from imapd.conf for one service, read once.
 *
 * @param serverName     {@code servername}: session ids and logs
 * @param showVersion    {@code serverinfo} is {@code on}: IMPLEMENTATION names the version
 * @param allowPlaintext {@code allowplaintext} (default off): PLAIN/LOGIN without TLS
 * @param tlsAvailable   STARTTLS can work: unless {@code tls_server_cert} is {@code disabled}
 * @param timeout        {@code timeout} (minutes, at least 10), as timsieved reads it
 * @param maxScripts     {@code sieve_maxscripts} (default 5)
 * @param maxScriptSize  {@code sieve_maxscriptsize} in octets (the key is in KB, default 32)
 * @param extensions     {@code sieve_extensions}: the extensions scripts may use; empty for all that are implemented
 * @param implementation the IMPLEMENTATION capability
 */
public record SieveSettings(String serverName, boolean showVersion, boolean allowPlaintext, boolean tlsAvailable,
                            Duration timeout, int maxScripts, long maxScriptSize, List<String> extensions,
                            String implementation) {

    public static final Duration MINIMUM_TIMEOUT = Duration.ofMinutes(10);
    public static final String PRODUCT = "Mail Appliance timsieved";

    public static SieveSettings from(ImapdConf conf) throws ConfigException {
        String serverInfo = conf.getString("serverinfo", "on").trim().toLowerCase(Locale.ROOT);
        if (!serverInfo.equals("on") && !serverInfo.equals("min") && !serverInfo.equals("off")) {
            throw new ConfigException("serverinfo: expected on, min or off, not " + serverInfo);
        }
        Duration timeout = conf.getDuration("timeout", Duration.ofMinutes(30), ChronoUnit.MINUTES);
        if (timeout.compareTo(MINIMUM_TIMEOUT) < 0) {
            timeout = MINIMUM_TIMEOUT;
        }
        long maxScripts = conf.getInt("sieve_maxscripts", 5);
        if (maxScripts < 0 || maxScripts > Integer.MAX_VALUE) {
            throw new ConfigException("sieve_maxscripts: expected a count, not " + maxScripts);
        }
        long maxSize = conf.getBytes("sieve_maxscriptsize", 32 * 1024L, 1024);
        if (maxSize <= 0) {
            throw new ConfigException("sieve_maxscriptsize: expected a positive size");
        }
        boolean on = serverInfo.equals("on");
        return new SieveSettings(Product.serverName(conf), on, conf.getBoolean("allowplaintext", false),
                !"disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim()), timeout,
                (int) maxScripts, maxSize, conf.getList("sieve_extensions"),
                on ? PRODUCT + " " + Product.version() : PRODUCT);
    }
}
