package org.mailappliance.lmtp.address;

/** RFC 5321 §4.1.2 character classes for local parts. */
final class DotString {
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private DotString() {
    }

    /** RFC 5322 atext: letters, digits and a fixed set of symbols, ASCII only. */
    static boolean atext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATEXT_SPECIALS.indexOf(c) >= 0;
    }

    /** qtextSMTP: printable ASCII except {@code "} and {@code \}, plus space. */
    static boolean qtext(char c) {
        return c >= 32 && c <= 126 && c != '"' && c != '\\';
    }

    /** Dot-string = Atom *("." Atom): no empty atoms. */
    static boolean isDotString(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && !atext(c)) {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
