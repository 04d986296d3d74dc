package org.mailappliance.imap.names;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.parse.ModifiedUtf7;
import org.mailappliance.imap.parse.ParseException;

/**
 * Cyrus 3's namespaces (mboxname.c, mbname_from_extname / mbname_extname) within one domain; {@link DomainNaming}
 * adds virtual domains around it.
 *
 * <p>Internal names are '.'-separated and modified UTF-7 as in Cyrus's mailboxes.db: {@code user.<user>...} for
 * personal mailboxes (a '.' inside a level, or inside a user id, is stored as '^'), anything else is shared. Clients
 * see them as:
 * <ul>
 *   <li>altnamespace (the default, users only): own INBOX {@code INBOX}, own folders at the top ({@code Sent}),
 *   {@code <userprefix>/bob/...}, {@code <sharedprefix>/lists/...}; own folders whose first level would clash with
 *   a prefix or is a spelling of INBOX other than {@code INBOX/child} go under {@code altprefix}.</li>
 *   <li>standard namespace (altnamespace off, and always for admins): {@code INBOX}, {@code INBOX/Sent},
 *   {@code user/bob/...}, shared names as they are.</li>
 * </ul>
 * With {@code unixhierarchysep} (default) the separator is '/' and a '.' in a level is kept ('^' is refused); without
 * it the separator is '.' and a '^' stands for the dot.
 */
public final class CyrusNaming implements MailboxNaming {
    /** Cyrus's MAX_MAILBOX_NAME: the longest internal name (in modified UTF-7) a new mailbox may have. */
    public static final int MAX_NAME_LENGTH = 490;
    private static final String INBOX = "INBOX";
    private static final String USER = "user";

    private final char separator;
    private final boolean altNamespace;
    private final String userPrefix;
    private final String sharedPrefix;
    private final String altPrefix;

    public CyrusNaming(char separator, boolean altNamespace, String userPrefix, String sharedPrefix,
                       String altPrefix) {
        this.separator = separator;
        this.altNamespace = altNamespace;
        this.userPrefix = userPrefix;
        this.sharedPrefix = sharedPrefix;
        this.altPrefix = altPrefix;
    }

    /** Cyrus's defaults: '/', altnamespace, "Other Users", "Shared Folders", "Alt Folders". */
    public CyrusNaming(char separator) {
        this(separator, true, "Other Users", "Shared Folders", "Alt Folders");
    }

    public static CyrusNaming from(ImapdConf conf) throws ConfigException {
        char sep = conf.getBoolean("unixhierarchysep", true) ? '/' : '.';
        String up = prefix(conf, "userprefix", "Other Users", sep);
        String sp = prefix(conf, "sharedprefix", "Shared Folders", sep);
        String ap = prefix(conf, "altprefix", "Alt Folders", sep);
        if (up.equals(sp) || up.equals(ap) || sp.equals(ap)) {
            throw new ConfigException("userprefix, sharedprefix and altprefix must differ");
        }
        return new CyrusNaming(sep, conf.getBoolean("altnamespace", true), up, sp, ap);
    }

    /** Cyrus refuses (IMAP_NAMESPACE_BADPREFIX) an empty prefix or one containing the separator. */
    private static String prefix(ImapdConf conf, String key, String def, char sep) throws ConfigException {
        String p = conf.getString(key, def).strip();
        if (p.isEmpty() || p.indexOf(sep) >= 0 || p.equalsIgnoreCase(INBOX)) {
            throw new ConfigException(key + ": must be non-empty, not INBOX and without the separator '" + sep
                    + "': " + p);
        }
        return p;
    }

    @Override
    public char separator() {
        return separator;
    }

    private boolean alt(boolean admin) {
        return altNamespace && !admin;
    }

    @Override
    public Namespaces namespaces(boolean admin) {
        String sep = String.valueOf(separator);
        if (alt(admin)) {
            return new Namespaces("", userPrefix + sep, sharedPrefix + sep, separator);
        }
        return new Namespaces(INBOX + sep, USER + sep, "", separator);
    }

    // ---- client name -> internal name ---------------------------------------------------------------------

    @Override
    public String toInternal(String externalName, String userId, boolean admin) throws InvalidMailboxNameException {
        List<String> levels = levels(externalName);
        List<String> internal = alt(admin) ? fromAlternate(levels, userId) : fromStandard(levels, userId);
        String name = ModifiedUtf7.encode(String.join(".", internal));
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidMailboxNameException("Mailbox name is too long (at most " + MAX_NAME_LENGTH
                    + " octets internally)");
        }
        return name;
    }

    /** Splits the client's name into levels written as stored (with '^' for a dot inside a level). */
    private List<String> levels(String name) throws InvalidMailboxNameException {
        if (name.isEmpty()) {
            throw new InvalidMailboxNameException("Mailbox name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new InvalidMailboxNameException("Mailbox name contains a control character");
            }
        }
        List<String> levels = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = name.indexOf(separator, start);
            String level = end < 0 ? name.substring(start) : name.substring(start, end);
            if (level.isEmpty()) {
                throw new InvalidMailboxNameException("Mailbox name has an empty hierarchy level (separator '"
                        + separator + "' at the start, at the end or doubled)");
            }
            if (separator == '/' && level.indexOf('^') >= 0) {
                // '^' is how a '.' is stored; accepting it too would give one mailbox two names
                throw new InvalidMailboxNameException("Mailbox names must not contain '^'");
            }
            levels.add(separator == '/' ? level.replace('.', '^') : level);
            if (end < 0) {
                return levels;
            }
            start = end + 1;
        }
    }

    private List<String> fromAlternate(List<String> levels, String userId) throws InvalidMailboxNameException {
        String top = levels.get(0);
        List<String> rest = levels.subList(1, levels.size());
        if (top.equals(userPrefix)) {
            requireBelowPrefix(rest, userPrefix);
            return user(rest.get(0), rest.subList(1, rest.size()));
        }
        if (top.equals(sharedPrefix)) {
            requireBelowPrefix(rest, sharedPrefix);
            if (rest.get(0).equals(USER)) {
                throw new InvalidMailboxNameException("\"" + USER + "\" is reserved for personal mailboxes");
            }
            return new ArrayList<>(rest);
        }
        if (top.equals(altPrefix)) {
            requireBelowPrefix(rest, altPrefix);
            return user(ownLevel(userId), rest);
        }
        if (top.equalsIgnoreCase(INBOX)) {
            List<String> own = new ArrayList<>(levels);
            own.set(0, INBOX);
            return user(ownLevel(userId), levels.size() == 1 ? List.of() : own);
        }
        return user(ownLevel(userId), levels);
    }

    private List<String> fromStandard(List<String> levels, String userId) throws InvalidMailboxNameException {
        String top = levels.get(0);
        List<String> rest = levels.subList(1, levels.size());
        if (top.equalsIgnoreCase(INBOX)) {
            return user(ownLevel(userId), rest);
        }
        if (top.equals(USER)) {
            requireBelowPrefix(rest, USER);
            return user(rest.get(0), rest.subList(1, rest.size()));
        }
        return new ArrayList<>(levels);
    }

    private static void requireBelowPrefix(List<String> rest, String prefix) throws InvalidMailboxNameException {
        if (rest.isEmpty()) {
            throw new InvalidMailboxNameException("\"" + prefix + "\" is a namespace prefix, not a mailbox");
        }
    }

    private static List<String> user(String userLevel, List<String> folders) {
        List<String> out = new ArrayList<>(folders.size() + 2);
        out.add(USER);
        out.add(userLevel);
        out.addAll(folders);
        return out;
    }

    /**
     * The user id as one internal level: a '.' in it is stored as '^' (Cyrus's user.john^doe). A null user (an
     * admin naming another virtual domain) has no own mailboxes there.
     */
    private static String ownLevel(String userId) throws InvalidMailboxNameException {
        if (userId == null) {
            throw new InvalidMailboxNameException("INBOX names no mailbox in another domain");
        }
        return userId.replace('.', '^');
    }

    // ---- internal name -> client name ---------------------------------------------------------------------

    @Override
    public String toExternal(String internalName, String userId, boolean admin) {
        String decoded;
        try {
            decoded = ModifiedUtf7.decode(internalName);
        } catch (ParseException e) {
            return null;
        }
        if (decoded.isEmpty() || decoded.indexOf('!') >= 0) {
            return null; // a domain's names reach here without their domain (DomainNaming)
        }
        List<String> levels = new ArrayList<>();
        for (String level : decoded.split("\\.", -1)) {
            if (level.isEmpty()) {
                return null;
            }
            levels.add(separator == '/' ? level.replace('^', '.') : level);
        }
        String owner = null;
        List<String> folders = levels;
        if (levels.size() > 1 && levels.get(0).equals(USER)) {
            owner = levels.get(1);
            folders = levels.subList(2, levels.size());
        }
        boolean own = owner != null && userId != null
                && owner.equals(separator == '/' ? userId : userId.replace('.', '^'));
        return alt(admin) ? toAlternate(owner, own, folders) : toStandard(owner, own, folders);
    }

    private String toAlternate(String owner, boolean own, List<String> folders) {
        if (owner == null) {
            if (folders.size() == 1 && folders.get(0).equals(USER)) {
                return null;
            }
            return join(sharedPrefix, folders);
        }
        if (!own) {
            List<String> all = new ArrayList<>();
            all.add(owner);
            all.addAll(folders);
            return join(userPrefix, all);
        }
        if (folders.isEmpty()) {
            return INBOX;
        }
        String top = folders.get(0);
        // Only INBOX/child (exact case) is written as such; every other level that a client would read as
        // INBOX or as a namespace prefix goes under the alt prefix, so each name has exactly one spelling.
        boolean inboxChild = top.equals(INBOX) && folders.size() > 1;
        if (!inboxChild && (top.equalsIgnoreCase(INBOX) || top.equals(userPrefix) || top.equals(sharedPrefix)
                || top.equals(altPrefix))) {
            return join(altPrefix, folders);
        }
        return join(null, folders);
    }

    private String toStandard(String owner, boolean own, List<String> folders) {
        if (owner == null) {
            return folders.get(0).equalsIgnoreCase(INBOX) ? null : join(null, folders);
        }
        if (own) {
            return join(INBOX, folders);
        }
        List<String> all = new ArrayList<>();
        all.add(owner);
        all.addAll(folders);
        return join(USER, all);
    }

    private String join(String prefix, List<String> levels) {
        StringBuilder out = new StringBuilder();
        if (prefix != null) {
            out.append(prefix);
        }
        for (String level : levels) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(level);
        }
        return out.toString();
    }
}
