package org.mailappliance.imap.response;

/** The choice between atom, quoted string and literal for server output. */
final class Quoting {
    private Quoting() {
    }

    /** Whether {@code s} can go as a quoted string: no CR, LF or NUL, 7-bit unless UTF-8 is enabled, not too long. */
    static boolean quotable(String s, boolean utf8, int max) {
        if (s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == 0 || (c >= 0x80 && !utf8)) {
                return false;
            }
        }
        return true;
    }

    static void appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Whether {@code s} can be sent as an atom (and is not the atom NIL, which would read as null). */
    static boolean atomSafe(String s) {
        if (s.isEmpty() || s.equalsIgnoreCase("NIL")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
            switch (c) {
                case '(', ')', '{', '%', '*', '"', '\\', ']' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** Text safe to put on one response line. */
    static String singleLine(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\n') < 0 && text.indexOf('\0') < 0) {
            return text;
        }
        return text.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
    }
}
