package org.mailappliance.mailstore.mailbox;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Cyrus's names for mailboxes deleted with delete_mode delayed ({@code mboxname_todeleted}):
 * {@code [domain!]<deletedprefix>.<name>.<seconds in upper-case hex>}, and the way back for cyr_expire -D.
 * {@code deletedprefix} is one name component (MailboxSettings checks it), so the original name lies between the
 * first and the last separator.
 */
public final class DeletedNames {
    private DeletedNames() {
    }

    static String format(String name, String deletedPrefix, long epochSecond) {
        int bang = name.indexOf('!');
        String domain = bang < 0 ? "" : name.substring(0, bang + 1);
        return domain + deletedPrefix + MailboxNames.SEPARATOR + name.substring(bang + 1) + MailboxNames.SEPARATOR
                + Long.toHexString(epochSecond).toUpperCase(Locale.ROOT);
    }

    /** When the mailbox was deleted, from the hex seconds its name ends with; empty if it has none. */
    public static Optional<Instant> deletionTime(String deletedName) {
        int dot = deletedName.lastIndexOf(MailboxNames.SEPARATOR);
        String hex = dot < 0 ? "" : deletedName.substring(dot + 1);
        if (hex.isEmpty() || hex.length() > 12 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(hex, 16)));
    }

    /** {@code [domain!]DELETED.user.bob.Trash.5F00AA11} → {@code [domain!]user.bob.Trash}. */
    public static String originalName(String deletedName) {
        int bang = deletedName.indexOf('!');
        String domain = bang < 0 ? "" : deletedName.substring(0, bang + 1);
        String rest = deletedName.substring(bang + 1);
        int first = rest.indexOf(MailboxNames.SEPARATOR);
        int last = rest.lastIndexOf(MailboxNames.SEPARATOR);
        return first < 0 || last <= first ? deletedName : domain + rest.substring(first + 1, last);
    }
}
