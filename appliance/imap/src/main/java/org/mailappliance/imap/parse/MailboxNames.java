package org.mailappliance.imap.parse;

/** Client-facing mailbox name rules that do not depend on the namespace: INBOX spelling and wire encoding. */
public final class MailboxNames {
    public static final String INBOX = "INBOX";

    private MailboxNames() {
    }

    /**
     * Canonical spelling of INBOX: the name INBOX is case-insensitive (RFC 3501 §5.1), and like Cyrus we also
     * canonicalize it as the first level of a hierarchy ("inbox/Drafts" becomes "INBOX/Drafts").
     *
     * @param separator the hierarchy separator of the client's namespace, such as '/' or '.'
     */
    public static String canonicalInbox(String name, char separator) {
        if (name.length() >= 5 && name.regionMatches(true, 0, INBOX, 0, 5)
                && (name.length() == 5 || name.charAt(5) == separator)) {
            return INBOX + name.substring(5);
        }
        return name;
    }

    /** The name as sent by the client, decoded: UTF-8 as is when UTF8=ACCEPT is enabled, else modified UTF-7. */
    public static String fromWire(String wire, boolean utf8Enabled) throws ParseException {
        if (utf8Enabled) {
            return wire;
        }
        return ModifiedUtf7.decode(wire);
    }

    /** The name as it must be sent to the client. */
    public static String toWire(String name, boolean utf8Enabled) {
        return utf8Enabled ? name : ModifiedUtf7.encode(name);
    }
}
