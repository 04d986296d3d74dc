package org.mailappliance.mailstore.acl;

/**
 * A set of RFC 4314 rights as Cyrus handles them (lib/acl.c): {@code l r s w i p k x t e a n} plus Cyrus's user
 * rights {@code 0}-{@code 9}, and the obsolete RFC 2086 macros {@code c} (create: {@code k x}) and {@code d}
 * (delete: {@code t e}), which only add their members when none of them is given explicitly. Formatting writes the
 * macros back whenever one of their members is present, so the owner's full set reads {@code lrswipkxtecdan}.
 * Immutable.
 */
public final class Rights {
    /** The standard rights in Cyrus's output order (without the c/d macros). */
    private static final String ORDER = "lrswipkxte";
    private static final String AFTER_MACROS = "an0123456789";
    private static final String LETTERS = ORDER + AFTER_MACROS;

    private static final int CREATE_MEMBERS = bit('k') | bit('x');
    private static final int DELETE_MEMBERS = bit('t') | bit('e');

    public static final Rights NONE = new Rights(0);
    /** Every standard right: Cyrus's ACL_ALL, formatted {@code lrswipkxtecdan}. */
    public static final Rights ALL = of("lrswipkxtean");

    private final int mask;

    private Rights(int mask) {
        this.mask = mask;
    }

    /**
     * Parses a rights string such as {@code lrs}, {@code lrswipkxtecdan} or {@code c}.
     *
     * @throws InvalidRightsException naming the first character that is not a right
     */
    public static Rights parse(String rights) {
        int result = 0;
        int legacyCreate = 0;
        int legacyDelete = 0;
        for (int i = 0; i < rights.length(); i++) {
            char c = rights.charAt(i);
            if (c == 'c') {
                legacyCreate = CREATE_MEMBERS;
            } else if (c == 'd') {
                legacyDelete = DELETE_MEMBERS;
            } else if (LETTERS.indexOf(c) >= 0) {
                result |= bit(c);
            } else {
                throw new InvalidRightsException("'" + c + "' is not a right (in \"" + rights
                        + "\"); rights are l r s w i p k x t e a n, the legacy c and d, and 0-9");
            }
        }
        // RFC 4314 2.1.1: a legacy macro stands for its members only when none of them is named
        if ((result & legacyCreate) == 0) {
            result |= legacyCreate;
        }
        if ((result & legacyDelete) == 0) {
            result |= legacyDelete;
        }
        return new Rights(result);
    }

    private static Rights of(String letters) {
        return parse(letters);
    }

    public boolean has(char right) {
        if (right == 'c') {
            return (mask & CREATE_MEMBERS) != 0;
        }
        if (right == 'd') {
            return (mask & DELETE_MEMBERS) != 0;
        }
        return LETTERS.indexOf(right) >= 0 && (mask & bit(right)) != 0;
    }

    /** Whether every right of {@code other} is here. */
    public boolean containsAll(Rights other) {
        return (mask & other.mask) == other.mask;
    }

    public boolean isEmpty() {
        return mask == 0;
    }

    public Rights plus(Rights other) {
        return new Rights(mask | other.mask);
    }

    public Rights minus(Rights other) {
        return new Rights(mask & ~other.mask);
    }

    public Rights intersect(Rights other) {
        return new Rights(mask & other.mask);
    }

    /** Cyrus's cyrus_acl_masktostr: {@code lrswipkxte}, then {@code c}/{@code d} for present macro members, {@code an0-9}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ORDER.length(); i++) {
            char c = ORDER.charAt(i);
            if ((mask & bit(c)) != 0) {
                out.append(c);
            }
        }
        if ((mask & CREATE_MEMBERS) != 0) {
            out.append('c');
        }
        if ((mask & DELETE_MEMBERS) != 0) {
            out.append('d');
        }
        for (int i = 0; i < AFTER_MACROS.length(); i++) {
            char c = AFTER_MACROS.charAt(i);
            if ((mask & bit(c)) != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int bit(char c) {
        return 1 << LETTERS.indexOf(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rights r && r.mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }

    @Override
    public String toString() {
        return format();
    }
}
