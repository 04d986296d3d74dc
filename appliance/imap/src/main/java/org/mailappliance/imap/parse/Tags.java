package org.mailappliance.imap.parse;

/** Validation of command tags. */
public final class Tags {
    private Tags() {
    }

    /**
     * Whether {@code tag} is a valid tag: one or more ASTRING-CHAR except "+" (RFC 3501/9051 grammar). That excludes
     * SP, CTL, 8-bit octets and ( ) { % * " \ +; "]" is allowed because ASTRING-CHAR includes resp-specials.
     */
    public static boolean valid(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (!CharClasses.isTagChar(tag.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tag at the start of a raw command line, or null when the line does not start with a valid tag followed by
     * a space or the end of the line. Used to answer input that could not be framed (violations).
     */
    public static String leadingTag(byte[] line) {
        int end = 0;
        while (end < line.length && line[end] != ' ') {
            if (!CharClasses.isTagChar(line[end] & 0xff)) {
                return null;
            }
            end++;
        }
        return end == 0 ? null : new String(line, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
