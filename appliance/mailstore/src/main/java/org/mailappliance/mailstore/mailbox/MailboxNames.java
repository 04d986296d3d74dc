package org.mailappliance.mailstore.mailbox;

import java.nio.file.Path;

import org.mailappliance.mailstore.accounts.InvalidUserNameException;
import org.mailappliance.mailstore.accounts.UserNames;

/**
 * Internal mailbox names as Cyrus spells them: '.'-separated, users under {@code user.}, and a '.' inside a
 * user name written as '^' ({@code john.doe} owns {@code user.john^doe}).
 */
public final class MailboxNames {
    public static final char SEPARATOR = '.';
    public static final String USER_PREFIX = "user.";

    private MailboxNames() {
    }

    /** The separator between a virtual domain and the rest of an internal name: {@code example.com!user.alice}. */
    public static final char DOMAIN_SEPARATOR = '!';

    /**
     * The internal name of a user's INBOX: {@code user.alice} for {@code alice}, {@code example.com!user.alice} for
     * {@code alice@example.com}.
     */
    public static String userInbox(String user) {
        UserNames.requireValid(user);
        String inbox = USER_PREFIX + UserNames.localPart(user).replace('.', '^');
        String domain = UserNames.domain(user);
        return domain == null ? inbox : domain + DOMAIN_SEPARATOR + inbox;
    }

    /** The virtual domain of an internal name ({@code example.com} of {@code example.com!user.alice}), or null. */
    public static String domainOf(String internalName) {
        int bang = internalName.indexOf(DOMAIN_SEPARATOR);
        return bang < 0 ? null : internalName.substring(0, bang);
    }

    /** The name without its virtual domain: {@code user.alice} of {@code example.com!user.alice}. */
    public static String withinDomain(String internalName) {
        return internalName.substring(internalName.indexOf(DOMAIN_SEPARATOR) + 1);
    }

    /** {@code local} put into {@code domain} (null: the default domain). */
    public static String inDomain(String domain, String local) {
        return domain == null ? local : domain + DOMAIN_SEPARATOR + local;
    }

    /** Whether the name is a user's INBOX ({@code user.fred}, {@code example.com!user.fred}), not a folder below it. */
    public static boolean isUserInbox(String internalName) {
        String local = internalName.substring(internalName.indexOf('!') + 1);
        return local.startsWith(USER_PREFIX) && local.length() > USER_PREFIX.length()
                && local.indexOf(SEPARATOR, USER_PREFIX.length()) < 0;
    }

    /** Cyrus's FNAME_DOMAINDIR: the directory holding each virtual domain's mailboxes on a partition. */
    public static final String DOMAIN_DIRECTORY = "domain";

    /** Longest internal name the mailbox list stores. */
    public static final int MAX_LENGTH = 1024;

    /**
     * Checks an internal name: '.'-separated non-empty components, no '/', no control characters (the sync_log
     * and ACL formats cannot carry them), at most {@link #MAX_LENGTH} characters.
     *
     * @throws BadMailboxNameException saying what is wrong
     */
    public static String requireValid(String internalName) {
        if (internalName == null || internalName.isEmpty()) {
            throw new BadMailboxNameException("empty mailbox name");
        }
        if (internalName.length() > MAX_LENGTH) {
            throw new BadMailboxNameException("mailbox name longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < internalName.length(); i++) {
            char c = internalName.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new BadMailboxNameException("mailbox name contains a control character: "
                        + internalName.replaceAll("\\p{Cntrl}", "?"));
            }
            if (c == '/') {
                throw new BadMailboxNameException("mailbox name contains '/': " + internalName);
            }
        }
        String domain = domainOf(internalName);
        if (domain != null) {
            try {
                UserNames.requireValidDomain(internalName, domain);
            } catch (InvalidUserNameException e) {
                throw new BadMailboxNameException("mailbox name has a bad virtual domain: " + internalName);
            }
        }
        for (String part : withinDomain(internalName).split("\\.", -1)) {
            if (part.isEmpty()) {
                throw new BadMailboxNameException("mailbox name has an empty component: " + internalName);
            }
        }
        return internalName;
    }

    /**
     * Where a mailbox's files live relative to its partition: one directory per name component, Cyrus's legacy
     * (non-hashed) layout: {@code user.alice.Sent} is {@code user/alice/Sent}, and a virtual domain's mailboxes lie
     * under {@code domain/<domain>/} ({@code example.com!user.alice} is {@code domain/example.com/user/alice}).
     */
    public static Path relativeDirectory(String internalName) {
        String domain = domainOf(internalName);
        if (domain != null && (domain.isEmpty() || domain.indexOf('/') >= 0 || domain.startsWith("."))) {
            throw new IllegalArgumentException("not a valid virtual domain: " + internalName);
        }
        String[] parts = withinDomain(internalName).split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.indexOf('/') >= 0 || part.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("not a valid internal mailbox name: " + internalName);
            }
        }
        Path path = domain == null ? Path.of(parts[0]) : Path.of(DOMAIN_DIRECTORY, domain, parts[0]);
        for (int i = 1; i < parts.length; i++) {
            path = path.resolve(parts[i]);
        }
        return path;
    }
}
