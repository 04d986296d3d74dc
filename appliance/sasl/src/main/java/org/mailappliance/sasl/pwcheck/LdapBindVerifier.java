package org.mailappliance.sasl.pwcheck;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import org.mailappliance.config.ConfigException;
import org.mailappliance.sasl.PasswordCheck;

/**
 * Checks a password by binding to LDAP as the user, the way saslauthd's LDAP module does with
 * {@code ldap_auth_method: bind}: search the user's entry (as {@code ldap_bind_dn} or anonymously) with
 * {@code ldap_filter}, then bind with its DN and the password; with {@code ldap_start_tls} both connections are
 * upgraded with StartTLS first. JNDI, so no extra library.
 */
public final class LdapBindVerifier implements PasswordVerifier {
    private static final Logger LOG = Logger.getLogger(LdapBindVerifier.class.getName());

    private final LdapSettings settings;
    private final LdapTls tls;

    /** @throws ConfigException when {@code ldap_start_tls} is on and {@code ldap_tls_cacert_file} is unusable */
    public LdapBindVerifier(LdapSettings settings) throws ConfigException {
        this.settings = settings;
        try {
            this.tls = settings.startTls() ? LdapTls.from(settings) : null;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigException("ldap_tls_cacert_file " + settings.tlsCaCertFile() + ": " + e.getMessage());
        }
    }

    @Override
    public PasswordCheck verify(String login, char[] password) {
        if (password.length == 0 || login.isEmpty()) {
            // an empty password would be an unauthenticated bind, which LDAP servers accept (RFC 4513 §5.1.2)
            return PasswordCheck.BAD;
        }
        String dn;
        try {
            dn = settings.fastBind() ? LdapFilters.expandDn(settings.filter(), login) : findDn(login);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "LDAP search for " + login + " on " + settings.servers() + " failed", e);
            return PasswordCheck.UNAVAILABLE;
        }
        if (dn == null) {
            return PasswordCheck.BAD;
        }
        char[] secret = password.clone();
        try {
            close(connect(dn, secret));
            return PasswordCheck.OK;
        } catch (AuthenticationException e) {
            return PasswordCheck.BAD;
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "LDAP bind for " + login + " on " + settings.servers() + " failed", e);
            return PasswordCheck.UNAVAILABLE;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** The DN of the one entry the filter finds, or null when there is none or more than one. */
    private String findDn(String login) throws NamingException {
        DirContext context = connect(settings.bindDn(),
                settings.bindDn().isEmpty() ? null : settings.bindPassword().toCharArray());
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(switch (settings.scope()) {
                case "base" -> SearchControls.OBJECT_SCOPE;
                case "one" -> SearchControls.ONELEVEL_SCOPE;
                default -> SearchControls.SUBTREE_SCOPE;
            });
            controls.setReturningAttributes(new String[0]);
            controls.setCountLimit(2);
            controls.setTimeLimit((int) settings.timeout().toMillis());
            LdapFilters.Expanded filter = LdapFilters.expand(settings.filter(), login);
            NamingEnumeration<SearchResult> found = context.search(settings.searchBase(), filter.expression(),
                    filter.arguments(), controls);
            try {
                if (!found.hasMore()) {
                    return null;
                }
                String dn = found.next().getNameInNamespace();
                return hasAnother(found) ? null : dn;
            } finally {
                found.close();
            }
        } finally {
            close(context);
        }
    }

    private static boolean hasAnother(NamingEnumeration<SearchResult> found) {
        try {
            return found.hasMore();
        } catch (javax.naming.SizeLimitExceededException e) {
            return true;
        } catch (NamingException e) {
            return true;
        }
    }

    /**
     * A connection bound as {@code principal} (anonymous when empty). With {@code ldap_start_tls} the connection
     * is opened without binding, upgraded with StartTLS, and only then bound, on the same connection: a refused
     * StartTLS or a failed handshake ends the attempt (a temporary failure), never a bind in clear.
     */
    private DirContext connect(String principal, char[] credentials) throws NamingException {
        if (tls == null) {
            return new InitialDirContext(environment(principal, credentials));
        }
        LdapContext context = new InitialLdapContext(environment(null, null), null);
        try {
            StartTlsResponse response = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
            if (tls.hostnames() != null) {
                response.setHostnameVerifier(tls.hostnames());
            }
            response.negotiate(tls.sockets());
            if (principal != null && !principal.isEmpty()) {
                context.addToEnvironment(Context.SECURITY_AUTHENTICATION, "simple");
                context.addToEnvironment(Context.SECURITY_PRINCIPAL, principal);
                context.addToEnvironment(Context.SECURITY_CREDENTIALS, credentials);
                // binds again on the existing (now protected) connection with the new identity
                context.reconnect(null);
            }
            return context;
        } catch (IOException e) {
            close(context);
            CommunicationException failed = new CommunicationException("StartTLS handshake with "
                    + settings.servers() + " failed: " + e.getMessage());
            failed.setRootCause(e);
            throw failed;
        } catch (NamingException | RuntimeException e) {
            close(context);
            throw e;
        }
    }

    private Hashtable<String, Object> environment(String principal, char[] credentials) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, String.join(" ", settings.servers()));
        String millis = Long.toString(settings.timeout().toMillis());
        env.put("com.sun.jndi.ldap.connect.timeout", millis);
        env.put("com.sun.jndi.ldap.read.timeout", millis);
        env.put(Context.REFERRAL, "ignore");
        if (principal == null || principal.isEmpty()) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, principal);
            env.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return env;
    }

    private static void close(DirContext context) {
        try {
            context.close();
        } catch (NamingException e) {
            LOG.log(Level.FINE, "closing an LDAP context", e);
        }
    }
}
