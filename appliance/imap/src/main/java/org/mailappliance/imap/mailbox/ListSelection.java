package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;

/**
 * Decides what one LIST lists and with which attributes (RFC 3501, 3348, 5258, 6154), as Cyrus does: children and
 * special-use attributes are always given (CHILDREN; {@code specialusealways}); holes are \Noselect for RFC 3501
 * clients and \NonExistent for LIST-EXTENDED ones; special-use attributes are the owner's and only the owner sees
 * them.
 */
final class ListSelection {
    private final Caller caller;
    private final CommandContext context;
    private final ListCommand.Args args;
    private final char sep;
    private final ListExtras extras;
    private Predicate<MailboxListing.Node> only = n -> true;

    ListSelection(Caller caller, CommandContext context, ListCommand.Args args, ListExtras extras) {
        this.caller = caller;
        this.context = context;
        this.args = args;
        this.sep = caller.naming().separator();
        this.extras = extras;
    }

    /** Lists only the nodes that pass {@code filter} (SELECT's own LIST line). */
    ListSelection only(Predicate<MailboxListing.Node> filter) {
        this.only = filter;
        return this;
    }

    void write(List<ListPattern> patterns) throws CommandException {
        boolean bySubscription = args.select().contains("SUBSCRIBED");
        boolean bySpecialUse = args.select().contains("SPECIAL-USE");
        boolean recursive = args.select().contains("RECURSIVEMATCH");
        boolean showSubscribed = bySubscription || args.returns().contains("SUBSCRIBED");
        Map<String, String> subscribed = showSubscribed ? subscribedNames() : Map.of();

        MailboxListing listing = MailboxListing.load(caller, patterns);
        Map<String, MailboxListing.Node> universe = new TreeMap<>(MailboxListing.order(sep));
        listing.all().forEach(n -> universe.put(n.name(), n));
        if (bySubscription) {
            // subscriptions to mailboxes that are gone are listed as \NonExistent; hidden ones are not listed
            subscribed.forEach((name, internal) -> {
                if (!universe.containsKey(name) && caller.find(internal).isEmpty()) {
                    universe.put(name, new MailboxListing.Node(name, null, false));
                }
            });
        }
        List<MailboxListing.Node> selected = new ArrayList<>();
        Map<String, Boolean> isSelected = new HashMap<>();
        for (MailboxListing.Node n : universe.values()) {
            boolean s = (!bySubscription || subscribed.containsKey(n.name()))
                    && (!bySpecialUse || !specialUse(n).isEmpty());
            isSelected.put(n.name(), s);
            if (s) {
                selected.add(n);
            }
        }
        for (MailboxListing.Node n : universe.values()) {
            if (!only.test(n) || patterns.stream().noneMatch(p -> p.matches(n.name()))) {
                continue;
            }
            if (isSelected.get(n.name())) {
                ListLine.write(context, "LIST", attributes(n, subscribed, showSubscribed), sep, n.name(), List.of());
                extras.write(n.mailbox(), n.name());
            } else if (recursive && hasSelectedDescendant(n, selected)) {
                ListLine.write(context, "LIST", attributes(n, subscribed, showSubscribed), sep, n.name(),
                        List.of("SUBSCRIBED"));
                extras.write(n.mailbox(), n.name());
            }
        }
    }

    private boolean hasSelectedDescendant(MailboxListing.Node n, List<MailboxListing.Node> selected) {
        String below = n.name() + sep;
        return selected.stream().anyMatch(s -> s.name().startsWith(below));
    }

    private List<String> attributes(MailboxListing.Node n, Map<String, String> subscribed, boolean showSubscribed) {
        List<String> attributes = new ArrayList<>();
        if (!n.exists()) {
            attributes.add(args.extended() ? "\\NonExistent" : "\\Noselect");
        } else if (extras.unreadable(n.mailbox())) {
            attributes.add("\\Noselect");
        }
        attributes.add(n.hasChildren() ? "\\HasChildren" : "\\HasNoChildren");
        if (showSubscribed && subscribed.containsKey(n.name())) {
            attributes.add("\\Subscribed");
        }
        attributes.addAll(specialUse(n));
        return attributes;
    }

    private List<String> specialUse(MailboxListing.Node n) {
        if (!n.exists() || !caller.owns(n.mailbox().name())) {
            return List.of();
        }
        return SpecialUse.parse(n.mailbox().specialUse());
    }

    /** The user's subscriptions that have a name in its namespace: client name to internal name. */
    private Map<String, String> subscribedNames() {
        Map<String, String> out = new HashMap<>();
        for (String internal : caller.store().store().subscriptions().of(caller.user())) {
            String external = caller.external(internal);
            if (external != null) {
                out.put(external, internal);
            }
        }
        return out;
    }
}
