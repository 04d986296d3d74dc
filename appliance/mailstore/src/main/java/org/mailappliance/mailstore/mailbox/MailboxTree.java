package org.mailappliance.mailstore.mailbox;

import java.util.ArrayList;
import java.util.List;

/** Hierarchy arithmetic on internal names: parents, ancestors, subtree SQL patterns. */
public final class MailboxTree {
    /** The escape character of {@link #subtreeLike(String)} patterns; use with {@code LIKE ? ESCAPE '!'}. */
    public static final String LIKE_ESCAPE = "!";

    private MailboxTree() {
    }

    /**
     * The parent's name, or null for a top-level name; a virtual domain's top level ({@code example.com!user}) has
     * none, as the dots of the domain are not hierarchy.
     */
    public static String parent(String name) {
        int dot = name.lastIndexOf(MailboxNames.SEPARATOR);
        return dot <= name.indexOf(MailboxNames.DOMAIN_SEPARATOR) ? null : name.substring(0, dot);
    }

    /** The name itself, then its parent, grand-parent, ... up to the top-level name. */
    public static List<String> selfAndAncestors(String name) {
        List<String> names = new ArrayList<>();
        for (String n = name; n != null; n = parent(n)) {
            names.add(n);
        }
        return names;
    }

    /** Whether {@code name} is {@code root} or lies below it. */
    public static boolean inSubtree(String name, String root) {
        return name.equals(root) || name.startsWith(root + MailboxNames.SEPARATOR);
    }

    /** A LIKE pattern (escape {@link #LIKE_ESCAPE}) matching every strict descendant of {@code name}. */
    public static String descendantsLike(String name) {
        return escapeLike(name) + MailboxNames.SEPARATOR + "%";
    }

    /** A LIKE pattern matching names starting with {@code prefix} literally. */
    public static String prefixLike(String prefix) {
        return escapeLike(prefix) + "%";
    }

    private static String escapeLike(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 4);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code name} moved from under {@code from} to under {@code to} (for subtree renames). */
    public static String rebase(String name, String from, String to) {
        if (!inSubtree(name, from)) {
            throw new IllegalArgumentException(name + " is not in the subtree of " + from);
        }
        return to + name.substring(from.length());
    }
}
