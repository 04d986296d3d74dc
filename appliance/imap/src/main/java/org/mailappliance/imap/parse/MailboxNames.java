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

    /**
     * The name as sent by the client, decoded: modified UTF-7, or with UTF8=ACCEPT enabled UTF-8 as is, in NFC and
     * without the characters RFC 6855 §3 keeps out of mailbox names (controls, DEL, U+2028, U+2029).
     */
    public static String fromWire(String wire, boolean utf8Enabled) throws ParseException {
        if (utf8Enabled) {
            return netUnicode(wire);
        }
        return ModifiedUtf7.decode(wire);
    }

    private static String netUnicode(String wire) throws ParseException {
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                throw new ParseException(String.format("Mailbox name contains the character U+%04X, which "
                        + "mailbox names may not hold (RFC 6855)", (int) c));
            }
        }
        return java.text.Normalizer.normalize(wire, java.text.Normalizer.Form.NFC);
    }

    /** The name as it must be sent to the client. */
    public static String toWire(String name, boolean utf8Enabled) {
        return utf8Enabled ? name : ModifiedUtf7.encode(name);
    }
}
