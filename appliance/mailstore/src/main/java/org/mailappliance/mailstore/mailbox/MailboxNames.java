package org.mailappliance.mailstore.mailbox;

import java.nio.file.Path;

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

    /** The internal name of a user's INBOX. */
    public static String userInbox(String user) {
        return USER_PREFIX + UserNames.requireValid(user).replace('.', '^');
    }

    /** Whether the name is a user's INBOX ({@code user.fred}, {@code example.com!user.fred}), not a folder below it. */
    public static boolean isUserInbox(String internalName) {
        String local = internalName.substring(internalName.indexOf('!') + 1);
        return local.startsWith(USER_PREFIX) && local.length() > USER_PREFIX.length()
                && local.indexOf(SEPARATOR, USER_PREFIX.length()) < 0;
    }

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
        for (String part : internalName.split("\\.", -1)) {
            if (part.isEmpty()) {
                throw new BadMailboxNameException("mailbox name has an empty component: " + internalName);
            }
        }
        return internalName;
    }

    /**
     * Where a mailbox's files live relative to its partition: one directory per name component, Cyrus's legacy
     * (non-hashed) layout: {@code user.alice.Sent} is {@code user/alice/Sent}.
     */
    public static Path relativeDirectory(String internalName) {
        if (internalName.indexOf('!') >= 0) {
            throw new IllegalArgumentException("virtual domains are not supported yet: " + internalName);
        }
        String[] parts = internalName.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.indexOf('/') >= 0 || part.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("not a valid internal mailbox name: " + internalName);
            }
        }
        Path path = Path.of(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            path = path.resolve(parts[i]);
        }
        return path;
    }
}
