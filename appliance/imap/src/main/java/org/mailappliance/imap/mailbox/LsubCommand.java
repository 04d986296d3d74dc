package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.mailstore.mailbox.Mailbox;

/**
 * LSUB (RFC 3501 §6.3.9): the subscribed names matching the pattern. A subscription whose mailbox is gone is still
 * listed, \Noselect; one whose mailbox the user may no longer see is not. With a pattern ending in '%', a level above
 * a subscribed name that is not itself subscribed is listed \Noselect, as RFC 3501 requires. Special-use attributes
 * are included as in LIST ({@code specialusealways}).
 */
final class LsubCommand {

    record Args(String wireReference, String wirePattern) {
    }

    private LsubCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store) {
        return new CommandDefinition<>("LSUB", CommandDefinition.AUTHENTICATED, LsubCommand::parse,
                (context, args) -> run(store, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("reference");
        String reference = r.astring("reference");
        r.space("mailbox pattern");
        return new Args(reference, ListCommand.pattern(r));
    }

    static void run(ImapStore store, CommandContext context, Args args) throws CommandException {
        Caller caller = new Caller(store, context);
        char sep = store.naming().separator();
        String reference = WireNames.decode(context, args.wireReference(), sep);
        if (args.wirePattern().isEmpty()) {
            int first = reference.indexOf(sep);
            ListLine.write(context, "LSUB", List.of("\\Noselect"), sep,
                    first < 0 ? "" : reference.substring(0, first + 1), List.of());
            return;
        }
        ListPattern pattern = new ListPattern(reference, WireNames.decode(context, args.wirePattern(), sep), sep);
        Map<String, List<String>> lines = new TreeMap<>(MailboxListing.order(sep));
        for (String internal : store.store().subscriptions().of(caller.user())) {
            String name = caller.external(internal);
            if (name == null) {
                continue;
            }
            Optional<Mailbox> mailbox = caller.find(internal);
            if (mailbox.isPresent() && !caller.rights(mailbox.get()).has('l')) {
                continue;
            }
            if (pattern.matches(name)) {
                lines.put(name, attributes(caller, mailbox));
            }
            if (pattern.endsWithPercent()) {
                for (String ancestor : MailboxListing.ancestors(name, sep)) {
                    if (pattern.matches(ancestor)) {
                        lines.putIfAbsent(ancestor, List.of("\\Noselect"));
                    }
                }
            }
        }
        lines.forEach((name, attributes) -> ListLine.write(context, "LSUB", attributes, sep, name, List.of()));
    }

    private static List<String> attributes(Caller caller, Optional<Mailbox> mailbox) {
        if (mailbox.isEmpty()) {
            return List.of("\\Noselect");
        }
        List<String> attributes = new ArrayList<>();
        if (caller.owns(mailbox.get().name())) {
            attributes.addAll(SpecialUse.parse(mailbox.get().specialUse()));
        }
        return attributes;
    }
}
