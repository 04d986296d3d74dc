package org.mailappliance.imap.metadata;

import java.util.Locale;
import org.mailappliance.imap.parse.ParseException;

/**
 * An RFC 5464 entry name, such as {@code /shared/comment}: a scope ({@code /private} or {@code /shared}) and the
 * path below it as the store keeps it ({@code /comment}). Entry names are case-insensitive (RFC 5464 §3.2) and kept
 * in lower case, as Cyrus does. GETMETADATA may also use Cyrus's wildcards {@code *} (anything) and {@code %}
 * (anything but {@code /}), which cyradm's {@code info} sends ({@code /shared/*}).
 *
 * @param name full name, lower case
 * @param path the part after the scope, starting with {@code /}, or empty for the scope itself
 */
record EntryName(String name, boolean priv, String path) {
    static final String PRIVATE = "/private";
    static final String SHARED = "/shared";

    /**
     * @param wildcards whether {@code *} and {@code %} are allowed (GETMETADATA)
     * @throws ParseException for a name RFC 5464 does not allow: not under /private or /shared, "//", a trailing
     *                        "/", control or 8-bit characters, wildcards where they are not allowed
     */
    static EntryName parse(String text, boolean wildcards) throws ParseException {
        String name = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                throw new ParseException("Invalid entry name " + text + ": only printable ASCII is allowed");
            }
            if ((c == '*' || c == '%') && !wildcards) {
                throw new ParseException("Invalid entry name " + text + ": " + c + " is not allowed here");
            }
        }
        if (name.contains("//") || (name.endsWith("/") && name.length() > 1)) {
            throw new ParseException("Invalid entry name " + text + ": empty component");
        }
        boolean priv;
        String path;
        if (name.equals(PRIVATE) || name.startsWith(PRIVATE + "/")) {
            priv = true;
            path = name.substring(PRIVATE.length());
        } else if (name.equals(SHARED) || name.startsWith(SHARED + "/")) {
            priv = false;
            path = name.substring(SHARED.length());
        } else {
            throw new ParseException("Invalid entry name " + text + ": entries are under /private or /shared");
        }
        if (path.isEmpty() && !wildcards) {
            throw new ParseException("Invalid entry name " + text + ": a scope is not an entry");
        }
        return new EntryName(name, priv, path);
    }

    static String fullName(boolean priv, String path) {
        return (priv ? PRIVATE : SHARED) + path;
    }

    boolean hasWildcard() {
        return name.indexOf('*') >= 0 || name.indexOf('%') >= 0;
    }

    /** Whether a full entry name is selected by this one with the given DEPTH (0, 1, or -1 for infinity). */
    boolean selects(String candidate, int depth) {
        if (hasWildcard()) {
            return glob(name, 0, candidate, 0);
        }
        if (candidate.equals(name)) {
            return true;
        }
        if (depth == 0 || !candidate.startsWith(name + "/")) {
            return false;
        }
        return depth < 0 || candidate.indexOf('/', name.length() + 1) < 0;
    }

    private static boolean glob(String pattern, int p, String s, int i) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*' || c == '%') {
                for (int j = i; j <= s.length(); j++) {
                    if (glob(pattern, p + 1, s, j)) {
                        return true;
                    }
                    if (j < s.length() && c == '%' && s.charAt(j) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (i >= s.length() || s.charAt(i) != c) {
                return false;
            }
            p++;
            i++;
        }
        return i == s.length();
    }
}
