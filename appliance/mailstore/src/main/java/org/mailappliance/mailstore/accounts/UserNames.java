package org.mailappliance.mailstore.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which user names the store accepts, both as logins and as the {@code <name>} of a {@code user.<name>} mailbox.
 * Stricter than Cyrus in places where a character would be ambiguous somewhere else in the system:
 * <ul>
 *   <li>{@code /} is the hierarchy separator users see (unixhierarchysep, on by default since Cyrus 3);</li>
 *   <li>{@code ^} is how an internal name spells a {@code .} of the user name ({@code john.doe} is
 *       {@code user.john^doe}), and {@code !} separates a virtual domain in internal names;</li>
 *   <li>{@code @} separates a virtual domain: {@code alice@example.com} is the user {@code alice} of the domain
 *       {@code example.com} (Cyrus's canonical user id with {@code virtdomains}), so it may appear once, and the
 *       domain after it must be a lower-case DNS name;</li>
 *   <li>{@code +} starts an LMTP detail ({@code fred+Sent}); {@code *} and {@code %} are LIST wildcards;</li>
 *   <li>{@code anyone}, {@code anonymous}, a leading {@code -} and {@code group:} mean other things in ACLs.</li>
 * </ul>
 * A dot is allowed but not at either end nor doubled, as Cyrus refuses empty hierarchy levels. The limit of
 * 255 UTF-8 bytes is the longest file name most file systems allow for the user's spool directory.
 */
public final class UserNames {
    public static final int MAX_UTF8_BYTES = 255;
    private static final String FORBIDDEN = "/\\^!@+*%\"";
    private static final Set<String> RESERVED = Set.of("anyone", "anonymous");

    private UserNames() {
    }

    /**
     * Returns the user id unchanged if it is acceptable, else throws InvalidUserNameException. A user id is a local
     * name, optionally followed by {@code @domain}.
     */
    public static String requireValid(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidUserNameException(name, "empty");
        }
        int at = name.lastIndexOf('@');
        if (at >= 0) {
            requireValidDomain(name, name.substring(at + 1));
            requireValidLocal(name.substring(0, at));
            return name;
        }
        return requireValidLocal(name);
    }

    /** The part before {@code @domain} (the whole id without a domain). */
    public static String localPart(String userId) {
        int at = userId.lastIndexOf('@');
        return at < 0 ? userId : userId.substring(0, at);
    }

    /** The domain after the last {@code @}, or null for a user of the default domain. */
    public static String domain(String userId) {
        int at = userId.lastIndexOf('@');
        return at < 0 ? null : userId.substring(at + 1);
    }

    /**
     * A virtual domain as internal names carry it ({@code example.com!user.alice}): lower-case DNS labels of
     * letters, digits, '-' and '_' separated by single dots, at most 253 characters.
     */
    public static void requireValidDomain(String userId, String domain) {
        if (domain.isEmpty() || domain.length() > 253 || domain.startsWith(".") || domain.endsWith(".")
                || domain.contains("..")) {
            throw new InvalidUserNameException(userId, "the domain after '@' is not a DNS name");
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!ok) {
                throw new InvalidUserNameException(userId, "the domain after '@' must be a lower-case DNS name");
            }
        }
    }

    private static String requireValidLocal(String name) {
        if (name.isEmpty()) {
            throw new InvalidUserNameException(name, "empty");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            throw new InvalidUserNameException(name, "longer than " + MAX_UTF8_BYTES + " bytes");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            checkCharacter(name, cp);
        }
        if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new InvalidUserNameException(name, "a dot may not start or end the name nor follow another dot");
        }
        if (name.startsWith("-") || name.toLowerCase(Locale.ROOT).startsWith("group:")) {
            throw new InvalidUserNameException(name, "a leading '-' or 'group:' has a meaning in ACLs");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidUserNameException(name, "reserved ACL identifier");
        }
        return name;
    }

    public static boolean isValid(String name) {
        try {
            requireValid(name);
            return true;
        } catch (InvalidUserNameException e) {
            return false;
        }
    }

    private static void checkCharacter(String name, int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            throw new InvalidUserNameException(name, "contains white space");
        }
        int type = Character.getType(cp);
        if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            throw new InvalidUserNameException(name, String.format("contains the control or unassigned character U+%04X", cp));
        }
        if (FORBIDDEN.indexOf(cp) >= 0) {
            throw new InvalidUserNameException(name, "contains '" + Character.toString(cp) + "', which is reserved");
        }
    }
}
