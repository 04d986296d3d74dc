package org.mailappliance.lmtp.session;

import java.time.Duration;
import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.config.Product;
import org.mailappliance.lmtp.address.RecipientResolver;
import org.mailappliance.sasl.identity.VirtDomains;

/**
 * What the LMTP engine takes from imapd.conf for one service (cyrus.conf name), read once so that a command never
 * parses configuration.
 *
 * @param serverName             {@code servername}: greeting, LHLO reply, Return-Path qualification
 * @param showProduct            {@code serverinfo} is {@code on}: the greeting names product and version
 * @param maxMessageSize         {@code maxmessagesize} in octets; 0 = no limit (Cyrus: 0 means "any size")
 * @param downcaseRecipients     {@code lmtp_downcase_rcpt} (default on)
 * @param virtDomains            {@code virtdomains} (default off)
 * @param defaultDomain          {@code defaultdomain} (default {@code internal}); "" when none
 * @param overQuotaPermFailure   {@code lmtp_over_quota_perm_failure}: 552 5.2.2 instead of 452 4.2.2
 * @param softNoAuth             {@code soft_noauth} (default on, as in Cyrus): 430 instead of 530 without AUTH
 * @param allowPlaintext         {@code allowplaintext} (default off): PLAIN and LOGIN are also offered without TLS
 * @param tlsAvailable           STARTTLS can work: unless {@code tls_server_cert} is {@code disabled} (the connector
 *                               generates a self-signed certificate when none is configured)
 * @param trustedNetworks        {@code lmtp_trusted_networks} (this product's key, see {@link TrustedNetworks})
 * @param timeout                idle timeout: no Cyrus key; 5 minutes, RFC 5321 §4.5.3.2.7's server timeout
 * @param maxRecipients          recipients per transaction; more get 452 4.5.3 (RFC 5321 §4.5.3.1.8 requires >= 100)
 * @param product                product name for the greeting
 * @param version                product version for the greeting
 */
public record LmtpSettings(String serverName, boolean showProduct, long maxMessageSize, boolean downcaseRecipients,
                           VirtDomains virtDomains, String defaultDomain, boolean overQuotaPermFailure,
                           boolean softNoAuth, boolean allowPlaintext, boolean tlsAvailable, TrustedNetworks trustedNetworks,
                           Duration timeout, int maxRecipients, String product, String version) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_RECIPIENTS = 1000;
    public static final String PRODUCT = "Mail Appliance";

    /** Reads the settings from the service view of imapd.conf ({@code conf.forService(service)}). */
    public static LmtpSettings from(ImapdConf conf) throws ConfigException {
        long max = conf.getBytes("maxmessagesize", 0, 1);
        if (max < 0) {
            throw new ConfigException("maxmessagesize: must not be negative, not " + max);
        }
        return new LmtpSettings(
                Product.serverName(conf),
                "on".equals(conf.getString("serverinfo", "on").trim().toLowerCase(Locale.ROOT)),
                max,
                conf.getBoolean("lmtp_downcase_rcpt", true),
                VirtDomains.parse(conf.getString("virtdomains", "off")),
                conf.getString("defaultdomain", "internal").trim(),
                conf.getBoolean("lmtp_over_quota_perm_failure", false),
                conf.getBoolean("soft_noauth", true),
                conf.getBoolean("allowplaintext", false),
                !"disabled".equalsIgnoreCase(conf.getString("tls_server_cert", "").trim()),
                TrustedNetworks.parse(conf.getList("lmtp_trusted_networks")),
                DEFAULT_TIMEOUT,
                DEFAULT_MAX_RECIPIENTS,
                PRODUCT,
                Product.version());
    }

    /** Whether a message (or a declared SIZE) of this many octets is too big. */
    public boolean tooBig(long size) {
        return maxMessageSize > 0 && size > maxMessageSize;
    }

    public RecipientResolver recipientResolver() {
        return new RecipientResolver(downcaseRecipients, virtDomains, defaultDomain);
    }


}
