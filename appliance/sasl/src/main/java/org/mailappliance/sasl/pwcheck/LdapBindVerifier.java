package org.mailappliance.sasl.pwcheck;

import java.util.Arrays;
import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.mailappliance.sasl.PasswordCheck;

/**
 * Checks a password by binding to LDAP as the user, the way saslauthd's LDAP module does with
 * {@code ldap_auth_method: bind}: search the user's entry (as {@code ldap_bind_dn} or anonymously) with
 * {@code ldap_filter}, then bind with its DN and the password. JNDI, so no extra library.
 */
public final class LdapBindVerifier implements PasswordVerifier {
    private static final Logger LOG = Logger.getLogger(LdapBindVerifier.class.getName());

    private final LdapSettings settings;

    public LdapBindVerifier(LdapSettings settings) {
        this.settings = settings;
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
            close(new InitialDirContext(environment(dn, secret)));
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
        DirContext context = new InitialDirContext(environment(settings.bindDn(),
                settings.bindDn().isEmpty() ? null : settings.bindPassword().toCharArray()));
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
