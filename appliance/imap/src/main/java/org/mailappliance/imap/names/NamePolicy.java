package org.mailappliance.imap.names;

/**
 * Cyrus's site policy for names of new mailboxes (mboxname_policycheck), applied to the internal name in modified
 * UTF-7 before CREATE and RENAME. Lookups do not apply it: a name that breaks it simply does not exist.
 */
public final class NamePolicy {
    /** Printable US-ASCII allowed in a mailbox name; the rest ({@code !"%&/;<>\`{|}}) is not (Cyrus GOODCHARS). */
    private static final String GOOD_CHARS =
            " #$'()*+,-.0123456789:=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz~";

    private NamePolicy() {
    }

    /**
     * @param internalName '.'-separated, modified UTF-7, as {@link CyrusNaming#toInternal} returns it
     * @throws InvalidMailboxNameException with the reason when a new mailbox may not have this name
     */
    public static void checkCreatable(String qualifiedName) throws InvalidMailboxNameException {
        // the rules hold within a virtual domain; the domain itself was checked when it was named
        String internalName = org.mailappliance.mailstore.mailbox.MailboxNames.withinDomain(qualifiedName);
        if (internalName.startsWith("$")) {
            // Cyrus keeps mailboxes.db keys starting with '$' for itself
            throw new InvalidMailboxNameException("Mailbox names must not start with '$'");
        }
        if (internalName.startsWith("~")) {
            throw new InvalidMailboxNameException("Mailbox names must not start with '~'");
        }
        if (internalName.equals("user.anyone") || internalName.equals("user.anonymous")
                || internalName.startsWith("user.%")) {
            throw new InvalidMailboxNameException("That user name is reserved");
        }
        for (int i = 0; i < internalName.length(); i++) {
            char c = internalName.charAt(i);
            if (c == '&') {
                // a modified UTF-7 run written by our own encoder: skip to its end
                int end = internalName.indexOf('-', i);
                i = end < 0 ? internalName.length() : end;
            } else if (GOOD_CHARS.indexOf(c) < 0) {
                throw new InvalidMailboxNameException("Mailbox names must not contain '" + c + "'");
            }
        }
    }
}
