package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mailappliance.imap.names.InvalidMailboxNameException;
import org.mailappliance.imap.names.Namespaces;
import org.mailappliance.mailstore.accounts.UserNames;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.mailstore.mailbox.MailboxTree;

/**
 * The mailboxes one user may see ({@code l}), under their client-side names, with the holes between them: a level
 * that is no mailbox but has visible mailboxes below (a deleted parent, a namespace prefix such as "Other Users", a
 * user whose INBOX is hidden). LIST and LSUB match their patterns against this tree.
 */
final class MailboxListing {
    /**
     * @param mailbox null for a hole
     * @param hasChildren whether a visible mailbox lies below
     */
    record Node(String name, Mailbox mailbox, boolean hasChildren) {
        boolean exists() {
            return mailbox != null;
        }
    }

    private final Map<String, Node> nodes;

    private MailboxListing(Map<String, Node> nodes) {
        this.nodes = nodes;
    }

    /** Reads what the patterns may need: only the user's own subtree when no pattern can reach further. */
    static MailboxListing load(Caller caller, List<ListPattern> patterns) {
        String own;
        try {
            own = caller.naming().toInternal("INBOX", caller.user(), caller.admin());
        } catch (InvalidMailboxNameException e) {
            throw new IllegalStateException("the user's INBOX has no name: " + caller.user(), e);
        }
        boolean wide = caller.admin() || patterns.stream().anyMatch(p -> reachesOthers(caller, p));
        // a user of a virtual domain sees nothing outside it, so read no further than the domain
        String everything = caller.admin() && UserNames.domain(caller.user()) == null ? ""
                : MailboxNames.inDomain(UserNames.domain(caller.user()), "");
        List<Mailbox> visible = caller.store().store().mailboxes().list(wide ? everything : own, caller.identity());
        if (!wide) {
            visible = visible.stream().filter(m -> MailboxTree.inSubtree(m.name(), own)).toList();
        }
        return of(caller, visible);
    }

    private static boolean reachesOthers(Caller caller, ListPattern p) {
        Namespaces ns = caller.naming().namespaces(caller.admin());
        return p.mayMatchUnder(withoutSeparator(ns.otherUsers())) || p.mayMatchUnder(withoutSeparator(ns.shared()));
    }

    private static String withoutSeparator(String prefix) {
        return prefix.isEmpty() ? prefix : prefix.substring(0, prefix.length() - 1);
    }

    static MailboxListing of(Caller caller, Collection<Mailbox> visible) {
        char sep = caller.naming().separator();
        Map<String, Mailbox> byName = new TreeMap<>();
        for (Mailbox m : visible) {
            String external = caller.external(m.name());
            if (external != null) {
                byName.put(external, m);
            }
        }
        Map<String, Boolean> parents = new TreeMap<>();
        byName.forEach((name, m) -> {
            for (String ancestor : ancestors(name, domainSuffix(name, m), sep)) {
                parents.put(ancestor, Boolean.TRUE);
            }
        });
        Map<String, Node> nodes = new TreeMap<>(order(sep));
        byName.forEach((name, m) -> nodes.put(name, new Node(name, m, parents.containsKey(name))));
        for (String parent : parents.keySet()) {
            nodes.putIfAbsent(parent, new Node(parent, null, true));
        }
        return new MailboxListing(nodes);
    }

    /** The proper ancestors of a client-side name: "a/b/c" has "a" and "a/b". */
    static List<String> ancestors(String name, char sep) {
        return ancestors(name, "", sep);
    }

    /**
     * The same for a name a global admin sees with its domain: "user/alice/Sent@example.com" has "user@example.com"
     * and "user/alice@example.com" (the domain qualifies the whole name, not its last level).
     */
    private static List<String> ancestors(String name, String suffix, char sep) {
        String path = name.substring(0, name.length() - suffix.length());
        List<String> out = new ArrayList<>();
        for (int i = path.indexOf(sep); i > 0; i = path.indexOf(sep, i + 1)) {
            out.add(path.substring(0, i) + suffix);
        }
        return out;
    }

    /** "@example.com" when the client-side name carries the domain of its mailbox, else "". */
    private static String domainSuffix(String external, Mailbox mailbox) {
        String domain = MailboxNames.domainOf(mailbox.name());
        return domain != null && external.endsWith("@" + domain) ? "@" + domain : "";
    }

    /** INBOX and its children first (as Cyrus lists them), then by name. */
    static Comparator<String> order(char sep) {
        return Comparator.<String, Boolean>comparing(n -> !(n.equals("INBOX") || n.startsWith("INBOX" + sep)))
                .thenComparing(Comparator.naturalOrder());
    }

    Node get(String name) {
        return nodes.get(name);
    }

    Collection<Node> all() {
        return nodes.values();
    }
}
