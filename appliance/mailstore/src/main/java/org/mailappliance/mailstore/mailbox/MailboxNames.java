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
