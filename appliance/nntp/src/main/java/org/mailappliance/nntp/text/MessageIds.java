package org.mailappliance.nntp.text;

/** RFC 3977 §3.6 message-ids as command arguments. */
public final class MessageIds {
    private MessageIds() {
    }

    /** {@code <...>} of printable US-ASCII without {@code >} inside, at most 250 octets. */
    public static boolean valid(String s) {
        if (s.length() < 3 || s.length() > 250 || s.charAt(0) != '<' || s.charAt(s.length() - 1) != '>') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '>') {
                return false;
            }
        }
        return true;
    }

    /** Whether a command argument means a message-id rather than a number or range. */
    public static boolean looksLikeOne(String s) {
        return s.startsWith("<");
    }
}
