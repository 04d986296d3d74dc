package org.mailappliance.sasl.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * Who a login name is, as Cyrus's {@code canonify_userid} decides it: with {@code virtdomains} {@code userid} (or
 * {@code on}) the name is split at its last {@code @} (or, failing that, its last {@code %}) into user and domain,
 * the domain is lower-cased, and a domain equal to {@code defaultdomain} is dropped, so {@code alice@Example.COM}
 * is {@code alice@example.com} and {@code alice@<defaultdomain>} is plain {@code alice}. Names listed in
 * {@code admins} are Cyrus's "system users" and stay as written. Every protocol's login, SASL authcid and authzid,
 * LMTP recipient domain and IMAP ACL identifier goes through here, so they all agree on one spelling: the one the
 * store's user ids ({@code alice@example.com} owns {@code example.com!user.alice}) use.
 *
 * <p>Stricter than Cyrus: with {@code virtdomains: off} Cyrus takes {@code alice@example.com} literally as a user
 * of the default domain (mailbox {@code user.alice@example^com}); the store reserves {@code @} for domains, so such
 * a login is refused instead. {@code virtdomains: on} does not derive a domain from the reverse DNS of the local
 * address: a name without a domain stays in the default domain.
 */
public final class UserIds {
    private final VirtDomains virtDomains;
    private final String defaultDomain;
    private final Set<String> systemUsers;

    /**
     * @param defaultDomain {@code defaultdomain}, or null/blank for none
     * @param admins        {@code admins}: kept as written
     */
    public UserIds(VirtDomains virtDomains, String defaultDomain, Set<String> admins) {
        this.virtDomains = Objects.requireNonNull(virtDomains, "virtDomains");
        this.defaultDomain = defaultDomain == null || defaultDomain.isBlank() ? null
                : defaultDomain.trim().toLowerCase(Locale.ROOT);
        this.systemUsers = Set.copyOf(admins);
    }

    /** No virtual domains: names are taken as they are. */
    public static UserIds withoutDomains() {
        return new UserIds(VirtDomains.OFF, null, Set.of());
    }

    /** {@code virtdomains}, {@code defaultdomain} (default {@code internal}) and {@code admins}. */
    public static UserIds fromConfig(ImapdConf conf) throws ConfigException {
        return new UserIds(VirtDomains.parse(conf.getString("virtdomains", "off")),
                conf.getString("defaultdomain", "internal"), Set.copyOf(conf.getList("admins")));
    }

    public VirtDomains virtDomains() {
        return virtDomains;
    }

    public boolean domainsEnabled() {
        return virtDomains != VirtDomains.OFF;
    }

    /**
     * The canonical user id of a login name ({@code alice}, {@code alice@example.com}), or empty when the name
     * cannot be a user here (an empty user or domain part; a domain while virtual domains are off).
     */
    public Optional<String> canonical(String login) {
        if (login == null || login.isEmpty()) {
            return Optional.empty();
        }
        if (!domainsEnabled()) {
            return login.indexOf('@') >= 0 ? Optional.empty() : Optional.of(login);
        }
        int split = login.lastIndexOf('@');
        if (split < 0) {
            split = login.lastIndexOf('%');
        }
        if (split < 0) {
            return Optional.of(login);
        }
        String user = login.substring(0, split);
        String domain = login.substring(split + 1).toLowerCase(Locale.ROOT);
        if (user.isEmpty() || domain.isEmpty()) {
            return Optional.empty();
        }
        String joined = user + "@" + domain;
        if (systemUsers.contains(joined)) {
            return Optional.of(joined);
        }
        return Optional.of(domain.equals(defaultDomain) ? user : joined);
    }

    /**
     * The domain an address's domain part selects ({@code alice@Example.com} → {@code example.com}), or empty for
     * the default domain: always with virtual domains off, and for {@code defaultdomain} itself.
     */
    public Optional<String> domainOfAddress(String domain) {
        if (domain == null || !domainsEnabled()) {
            return Optional.empty();
        }
        String d = domain.toLowerCase(Locale.ROOT);
        return d.isEmpty() || d.equals(defaultDomain) ? Optional.empty() : Optional.of(d);
    }

    /** The domain of a canonical user id, or empty for a user of the default domain. */
    public static Optional<String> domainOf(String userId) {
        int at = userId.lastIndexOf('@');
        return at < 0 ? Optional.empty() : Optional.of(userId.substring(at + 1));
    }

    /** The user id without its domain. */
    public static String localPart(String userId) {
        int at = userId.lastIndexOf('@');
        return at < 0 ? userId : userId.substring(0, at);
    }

    /**
     * An ACL identifier as stored on a mailbox of {@code mailboxDomain}, as Cyrus's {@code mboxlist_setacl} writes
     * it: fully qualified inside a virtual domain ({@code bob} on {@code example.com!user.alice} is
     * {@code bob@example.com}), without the domain in the default domain ({@code bob@<defaultdomain>} is
     * {@code bob}); {@code anyone}, {@code anonymous}, {@code group:} identifiers and global admins stay as they
     * are. A leading {@code -} (negative rights) is kept. Empty when the identifier names a user of another domain:
     * an ACL never grants across domains.
     */
    public Optional<String> aclIdentifier(String identifier, Optional<String> mailboxDomain) {
        if (!domainsEnabled() || identifier.isEmpty()) {
            return Optional.of(identifier);
        }
        String negative = identifier.startsWith("-") ? "-" : "";
        String id = identifier.substring(negative.length());
        if (id.equals("anyone") || id.equals("anonymous") || id.startsWith("group:")) {
            return Optional.of(identifier);
        }
        Optional<String> canonical = canonical(id);
        if (canonical.isEmpty()) {
            return Optional.empty();
        }
        String user = canonical.get();
        if (systemUsers.contains(user)) {
            return Optional.of(negative + user);
        }
        Optional<String> domain = domainOf(user);
        if (domain.isEmpty() && id.indexOf('@') < 0 && id.indexOf('%') < 0) {
            // written without a domain: a user of the mailbox's own domain
            return Optional.of(negative + mailboxDomain.map(d -> user + "@" + d).orElse(user));
        }
        return domain.equals(mailboxDomain) ? Optional.of(negative + user) : Optional.empty();
    }
}
