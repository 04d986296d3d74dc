package org.mailappliance.imap.names;

import java.util.Objects;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.InvalidUserNameException;
import org.mailappliance.mailstore.accounts.UserNames;
import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.sasl.identity.UserIds;

/**
 * Cyrus's virtual domains around a domain-less {@link MailboxNaming}: a user of a domain ({@code alice@example.com})
 * lives in that domain's namespace only ({@code INBOX} is {@code example.com!user.alice}, {@code Other Users/bob} is
 * {@code example.com!user.bob}, {@code Shared Folders/lists} is {@code example.com!lists}) and never sees another
 * domain's mailboxes; a user of the default domain sees only default-domain mailboxes; an admin of a domain
 * ({@code admins: boss@example.com}) has the admin namespace of its domain. A global admin (an {@code admins} entry
 * without a domain) reaches every domain with Cyrus's external form {@code user/alice@example.com}: the part after
 * the last {@code @} of a name selects the domain, and names in a domain are shown with it.
 */
public final class DomainNaming implements MailboxNaming {
    private final MailboxNaming inner;
    private final UserIds userIds;

    public DomainNaming(MailboxNaming inner, UserIds userIds) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.userIds = Objects.requireNonNull(userIds, "userIds");
    }

    /** {@link CyrusNaming#from} with {@code virtdomains} and {@code defaultdomain}. */
    public static MailboxNaming from(ImapdConf conf) throws ConfigException {
        return new DomainNaming(CyrusNaming.from(conf), UserIds.fromConfig(conf));
    }

    @Override
    public UserIds userIds() {
        return userIds;
    }

    @Override
    public char separator() {
        return inner.separator();
    }

    @Override
    public Namespaces namespaces(boolean admin) {
        return inner.namespaces(admin);
    }

    @Override
    public String toInternal(String externalName, String userId, boolean admin) throws InvalidMailboxNameException {
        String domain = UserNames.domain(userId);
        String name = externalName;
        if (globalAdmin(userId, admin)) {
            int at = name.lastIndexOf('@');
            if (at >= 0) {
                domain = userIds.domainOfAddress(name.substring(at + 1)).orElse(null);
                name = name.substring(0, at);
                if (domain != null) {
                    requireDomain(domain);
                }
            }
        }
        // the admin's own INBOX exists only in its own domain: elsewhere INBOX names nobody's
        String user = Objects.equals(domain, UserNames.domain(userId)) ? UserNames.localPart(userId) : null;
        return MailboxNames.inDomain(domain, inner.toInternal(name, user, admin));
    }

    @Override
    public String toExternal(String internalName, String userId, boolean admin) {
        String nameDomain = MailboxNames.domainOf(internalName);
        String userDomain = UserNames.domain(userId);
        boolean sameDomain = Objects.equals(nameDomain, userDomain);
        if (!sameDomain && !globalAdmin(userId, admin)) {
            return null;
        }
        String external = inner.toExternal(MailboxNames.withinDomain(internalName),
                sameDomain ? UserNames.localPart(userId) : null, admin);
        return external == null || sameDomain ? external : external + "@" + nameDomain;
    }

    private boolean globalAdmin(String userId, boolean admin) {
        return admin && userIds.domainsEnabled() && UserNames.domain(userId) == null;
    }

    private static void requireDomain(String domain) throws InvalidMailboxNameException {
        try {
            UserNames.requireValidDomain(domain, domain);
        } catch (InvalidUserNameException e) {
            throw new InvalidMailboxNameException("Not a domain name: " + domain);
        }
    }
}
