package org.mailappliance.sasl.pwcheck;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * The {@code ldap_*} keys, with the meanings of saslauthd's LDAP module (saslauthd.conf): where to search, how to
 * find a user's entry, and with which identity to search.
 *
 * @param servers      {@code ldap_servers}: space-separated URIs, ldap:// or ldaps://
 * @param searchBase   {@code ldap_search_base}
 * @param filter       {@code ldap_filter} with %u (login), %U (its local part), %d (its domain), %r (realm);
 *                     with fastbind it is the bind DN itself
 * @param bindDn       {@code ldap_bind_dn}, empty for an anonymous search
 * @param bindPassword {@code ldap_password} (or {@code ldap_bind_pw})
 * @param scope        {@code ldap_scope}: sub, one or base
 * @param timeout      {@code ldap_timeout} (seconds) for connecting and each answer
 * @param fastBind     {@code ldap_auth_method: fastbind}: bind with the expanded filter as DN, without a search
 * @param startTls     {@code ldap_start_tls}: StartTLS (RFC 4511 §4.14) on each {@code ldap://} connection before
 *                     anything else is sent, never falling back to a clear connection
 * @param tlsCheckPeer {@code ldap_tls_check_peer}: verify the server's certificate chain (against
 *                     {@code ldap_tls_cacert_file}, else the JDK's trusted CAs) and host name; without it the
 *                     connection is encrypted but the server unverified, as in saslauthd
 * @param tlsCaCertFile {@code ldap_tls_cacert_file}: PEM CA certificates, or empty
 */
public record LdapSettings(List<String> servers, String searchBase, String filter, String bindDn, String bindPassword,
        String scope, Duration timeout, boolean fastBind, boolean startTls, boolean tlsCheckPeer,
        String tlsCaCertFile) {

    public static LdapSettings from(ImapdConf conf) throws ConfigException {
        String method = conf.getString("ldap_auth_method", "bind").trim().toLowerCase(Locale.ROOT);
        if (!method.equals("bind") && !method.equals("fastbind")) {
            throw new ConfigException("ldap_auth_method: bind or fastbind, not " + method);
        }
        String scope = conf.getString("ldap_scope", "sub").trim().toLowerCase(Locale.ROOT);
        if (!List.of("sub", "one", "base").contains(scope)) {
            throw new ConfigException("ldap_scope: sub, one or base, not " + scope);
        }
        List<String> servers = conf.getList("ldap_servers");
        boolean startTls = conf.getBoolean("ldap_start_tls", false);
        if (startTls && servers.stream().anyMatch(s -> !s.toLowerCase(Locale.ROOT).startsWith("ldap://"))) {
            throw new ConfigException("ldap_start_tls: every ldap_servers URI must be ldap:// (StartTLS upgrades a"
                    + " clear connection; ldaps:// is TLS already): " + servers);
        }
        return new LdapSettings(servers.isEmpty() ? List.of("ldap://localhost/") : servers,
                conf.getString("ldap_search_base", ""),
                conf.getString("ldap_filter", "uid=%u"),
                conf.getString("ldap_bind_dn", ""),
                conf.getString("ldap_password", conf.getString("ldap_bind_pw", "")),
                scope,
                conf.getDuration("ldap_timeout", Duration.ofSeconds(5), ChronoUnit.SECONDS),
                method.equals("fastbind"),
                startTls,
                conf.getBoolean("ldap_tls_check_peer", false),
                conf.getString("ldap_tls_cacert_file", "").trim());
    }
}
