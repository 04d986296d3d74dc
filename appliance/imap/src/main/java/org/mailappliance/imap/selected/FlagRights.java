package org.mailappliance.imap.selected;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.mailstore.acl.Rights;

/**
 * Which flags a user may set or clear (RFC 4314 §4): {@code \Seen} needs {@code s}, {@code \Deleted} needs {@code t},
 * every other flag {@code w}. Like Cyrus, flags lacking the right are dropped silently rather than failing the command.
 */
final class FlagRights {
    private static final Set<String> W_SYSTEM = Set.of("\\Answered", "\\Flagged", "\\Draft");

    private static final Set<String> SYSTEM_FLAGS =
            Set.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "\\Recent");

    private FlagRights() {
    }

    /** Refuses backslash flags that are not system flags, as Cyrus ("Invalid system flag in STORE command"). */
    static void checkSystemFlags(Collection<String> flags, String command) throws ParseException {
        for (String f : flags) {
            if (f.startsWith("\\") && !SYSTEM_FLAGS.contains(f)) {
                throw new ParseException("Invalid system flag " + f + " in " + command + " command");
            }
        }
    }

    static boolean mayChange(String flag, Rights rights) {
        return switch (flag) {
            case "\\Seen" -> rights.has('s');
            case "\\Deleted" -> rights.has('t');
            case "\\Recent" -> false;
            default -> rights.has('w');
        };
    }

    /** The flags of {@code flags} the user may change, in order; {@code \Recent} is never stored. */
    static Set<String> allowed(Collection<String> flags, Rights rights) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : flags) {
            if (mayChange(f, rights)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the user may change every flag (then a FLAGS replacement is one plain store operation). */
    static boolean all(Rights rights) {
        return rights.has('s') && rights.has('t') && rights.has('w');
    }

    /** Whether the user may change any flag at all. */
    static boolean any(Rights rights) {
        return rights.has('s') || rights.has('t') || rights.has('w');
    }

    /** The system flags the user may clear. */
    static Set<String> clearableSystemFlags(Rights rights) {
        Set<String> out = new LinkedHashSet<>();
        if (rights.has('s')) {
            out.add("\\Seen");
        }
        if (rights.has('t')) {
            out.add("\\Deleted");
        }
        if (rights.has('w')) {
            out.addAll(W_SYSTEM);
        }
        return out;
    }
}
