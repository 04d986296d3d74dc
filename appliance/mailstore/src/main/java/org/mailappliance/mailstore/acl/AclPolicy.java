package org.mailappliance.mailstore.acl;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.UserNames;
import org.mailappliance.mailstore.mailbox.MailboxNames;

/**
 * Cyrus's access rules around the stored ACLs: {@code admins} hold {@code l} and {@code a} on every mailbox
 * (not {@code x}: an admin grants itself {@code x} before deleting a user), the owner of {@code user.<name>} and
 * everything below it holds {@code implicit_owner_rights} (default {@code lkxan}), new top-level non-user
 * mailboxes start with {@code defaultacl} (default {@code anyone lrs}), new user INBOXes give the owner every right,
 * and a child starts with a copy of its nearest existing ancestor's ACL.
 */
public final class AclPolicy {
    public static final Rights ADMIN_IMPLICIT = Rights.parse("la");
    public static final String DEFAULT_IMPLICIT_OWNER_RIGHTS = "lkxan";
    public static final String DEFAULT_DEFAULT_ACL = "anyone lrs";

    private final Set<String> admins;
    private final Rights implicitOwnerRights;
    private final AccessControlList defaultAcl;

    public AclPolicy(Set<String> admins, Rights implicitOwnerRights, AccessControlList defaultAcl) {
        this.admins = Set.copyOf(admins);
        this.implicitOwnerRights = implicitOwnerRights;
        this.defaultAcl = defaultAcl;
    }

    /** Cyrus's defaults with no admins. */
    public static AclPolicy defaults() {
        return new AclPolicy(Set.of(), Rights.parse(DEFAULT_IMPLICIT_OWNER_RIGHTS), parseDefaultAcl(DEFAULT_DEFAULT_ACL));
    }

    /** Reads {@code admins}, {@code implicit_owner_rights} and {@code defaultacl}. */
    public static AclPolicy from(ImapdConf conf) throws ConfigException {
        Set<String> admins = Set.copyOf(conf.getList("admins"));
        String implicit = conf.getString("implicit_owner_rights", DEFAULT_IMPLICIT_OWNER_RIGHTS);
        String defaultAcl = conf.getString("defaultacl", DEFAULT_DEFAULT_ACL);
        try {
            return new AclPolicy(admins, Rights.parse(implicit.strip()), parseDefaultAcl(defaultAcl));
        } catch (InvalidRightsException e) {
            throw new ConfigException("implicit_owner_rights/defaultacl: " + e.getMessage());
        }
    }

    /**
     * {@code defaultacl} syntax: whitespace-separated {@code identifier rights} pairs.
     *
     * @throws InvalidRightsException when an identifier lacks rights or a right is unknown
     */
    public static AccessControlList parseDefaultAcl(String text) {
        List<String> words = text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
        if (words.size() % 2 != 0) {
            throw new InvalidRightsException("defaultacl \"" + text + "\": identifier '" + words.get(words.size() - 1)
                    + "' has no rights");
        }
        return AccessControlList.of(words.toArray(String[]::new));
    }

    public boolean isAdmin(String userId) {
        return userId != null && admins.contains(userId);
    }

    /** The identity of a logged-in user, admin if listed in {@code admins}. */
    public Identity identify(String userId, Set<String> groups) {
        return new Identity(userId, groups, isAdmin(userId), false);
    }

    public Set<String> admins() {
        return admins;
    }

    public Rights implicitOwnerRights() {
        return implicitOwnerRights;
    }

    public AccessControlList defaultAcl() {
        return defaultAcl;
    }

    /**
     * The owner of a personal mailbox: {@code user.fred.Sent} is fred's ({@code ^} in the name stands for a '.'
     * in the user id); {@code example.com!user.fred} is {@code fred@example.com}. Shared mailboxes have none.
     */
    public static Optional<String> ownerOf(String mailbox) {
        String domain = null;
        String local = mailbox;
        int bang = mailbox.indexOf(MailboxNames.DOMAIN_SEPARATOR);
        if (bang >= 0) {
            domain = mailbox.substring(0, bang);
            local = mailbox.substring(bang + 1);
        }
        if (!local.startsWith("user.") || local.length() == "user.".length()) {
            return Optional.empty();
        }
        int end = local.indexOf('.', "user.".length());
        String user = (end < 0 ? local.substring("user.".length()) : local.substring("user.".length(), end))
                .replace('^', '.');
        return Optional.of(domain == null ? user : user + "@" + domain);
    }

    /**
     * Whether {@code who} administers the mailbox: the store itself, a global admin ({@code admins} entry without
     * a domain), or an admin of the mailbox's virtual domain ({@code admin@example.com} administers
     * {@code example.com!*} only), as Cyrus confines a domain admin to its domain.
     */
    public static boolean adminOver(Identity who, String mailbox) {
        if (who.system()) {
            return true;
        }
        if (!who.admin() || who.userId() == null) {
            return false;
        }
        String adminDomain = UserNames.domain(who.userId());
        return adminDomain == null || adminDomain.equals(MailboxNames.domainOf(mailbox));
    }

    /**
     * What {@code who} may do on the mailbox: the ACL's answer, plus the owner's implicit rights, plus {@code la}
     * for admins. The store itself ({@link Identity#SYSTEM}) may do everything.
     */
    public Rights rightsOf(Identity who, String mailbox, AccessControlList acl) {
        if (who.system()) {
            return Rights.ALL;
        }
        Rights rights = acl.rightsOf(who);
        if (who.userId() != null && ownerOf(mailbox).filter(who.userId()::equals).isPresent()) {
            rights = rights.plus(implicitOwnerRights);
        }
        if (adminOver(who, mailbox)) {
            rights = rights.plus(ADMIN_IMPLICIT);
        }
        return rights;
    }

    /**
     * The ACL a new mailbox starts with: a copy of its nearest existing ancestor's, else the owner's full rights
     * for a personal mailbox, else {@code defaultacl}.
     */
    public AccessControlList initialAcl(String mailbox, Optional<AccessControlList> nearestAncestorAcl) {
        if (nearestAncestorAcl.isPresent()) {
            return nearestAncestorAcl.get();
        }
        Optional<String> owner = ownerOf(mailbox);
        if (owner.isPresent()) {
            return AccessControlList.EMPTY.with(owner.get(), Rights.ALL);
        }
        return defaultAcl;
    }

    /**
     * SETACL/DELETEACL as Cyrus's mboxlist_setacl does it: the change is applied, and on a personal mailbox the
     * owner's entry never drops below the implicit rights (removing it leaves exactly those).
     */
    public AccessControlList change(String mailbox, AccessControlList acl, String identifier, RightsChange change) {
        Rights rights = change.applyTo(acl.get(identifier));
        if (ownerOf(mailbox).filter(identifier::equals).isPresent()) {
            rights = rights.plus(implicitOwnerRights);
        }
        return acl.with(identifier, rights);
    }
}
