package org.mailappliance.imap.mailbox;

/**
 * A LIST/LSUB pattern (RFC 3501 §6.3.8): the reference and the mailbox argument joined, where '*' matches anything
 * and '%' anything but the hierarchy separator. INBOX is case-insensitive as a first level, so a pattern spelling it
 * in any case is made canonical first.
 */
final class ListPattern {
    private final String pattern;
    private final char separator;

    ListPattern(String reference, String mailbox, char separator) {
        this.separator = separator;
        this.pattern = canonicalInbox(reference + mailbox, separator);
    }

    private static String canonicalInbox(String p, char separator) {
        if (p.length() >= 5 && p.regionMatches(true, 0, "INBOX", 0, 5)
                && (p.length() == 5 || p.charAt(5) == separator || p.charAt(5) == '*' || p.charAt(5) == '%')) {
            return "INBOX" + p.substring(5);
        }
        return p;
    }

    String text() {
        return pattern;
    }

    /** Whether the pattern ends in '%': then levels above matching names are shown too (RFC 3501 LSUB rule). */
    boolean endsWithPercent() {
        return pattern.endsWith("%");
    }

    /** Dynamic programming over (pattern position, name position): linear in each, whatever the wildcards. */
    boolean matches(String name) {
        int pl = pattern.length();
        int nl = name.length();
        // ok[n]: pattern[p..] matches name[n..], computed from the end of the pattern backwards
        boolean[] ok = new boolean[nl + 1];
        ok[nl] = true;
        for (int p = pl - 1; p >= 0; p--) {
            char c = pattern.charAt(p);
            boolean[] next = new boolean[nl + 1];
            if (c == '*' || c == '%') {
                next[nl] = ok[nl];
                for (int n = nl - 1; n >= 0; n--) {
                    boolean canEat = c == '*' || name.charAt(n) != separator;
                    next[n] = ok[n] || (canEat && next[n + 1]);
                }
            } else {
                for (int n = nl - 1; n >= 0; n--) {
                    next[n] = name.charAt(n) == c && ok[n + 1];
                }
            }
            ok = next;
        }
        return ok[0];
    }

    /**
     * Whether some name starting with {@code prefix} (or the prefix itself) could match: decides whether a whole
     * namespace needs to be read. Errs on the side of yes.
     */
    boolean mayMatchUnder(String prefix) {
        int wildcard = firstWildcard();
        String literal = wildcard < 0 ? pattern : pattern.substring(0, wildcard);
        return prefix.startsWith(literal) || literal.startsWith(prefix);
    }

    private int firstWildcard() {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '*' || pattern.charAt(i) == '%') {
                return i;
            }
        }
        return -1;
    }
}
