package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;

/**
 * LIST (RFC 3501 §6.3.8) with the LIST-EXTENDED syntax (RFC 5258): selection options SUBSCRIBED, REMOTE,
 * RECURSIVEMATCH and SPECIAL-USE (RFC 6154), several patterns, and return options SUBSCRIBED, CHILDREN,
 * SPECIAL-USE, MYRIGHTS (RFC 8440) and STATUS (RFC 5819). Decoding is here; what is listed is decided in
 * {@link ListSelection}, what follows each LIST line in {@link ListExtras}.
 */
final class ListCommand {
    private static final Set<String> SELECT_OPTIONS = Set.of("SUBSCRIBED", "REMOTE", "RECURSIVEMATCH", "SPECIAL-USE");
    private static final Set<String> RETURN_OPTIONS = Set.of("SUBSCRIBED", "CHILDREN", "SPECIAL-USE", "MYRIGHTS",
            "STATUS");

    /**
     * @param extended    whether the client used any RFC 5258 syntax (then holes are \NonExistent, not \Noselect)
     * @param statusItems the items of RETURN (STATUS (...)), empty without it
     */
    record Args(Set<String> select, String wireReference, List<String> wirePatterns, Set<String> returns,
                boolean extended, List<String> statusItems) {
        Args(Set<String> select, String wireReference, List<String> wirePatterns, Set<String> returns,
             boolean extended) {
            this(select, wireReference, wirePatterns, returns, extended, List.of());
        }
    }

    private ListCommand() {
    }

    /** @param appendLimit as for STATUS: reported by RETURN (STATUS (APPENDLIMIT)) */
    static CommandDefinition<Args> definition(ImapStore store, Long appendLimit) {
        MailboxCounts counts = new MailboxCounts(store.store());
        return new CommandDefinition<>("LIST", CommandDefinition.AUTHENTICATED, ListCommand::parse,
                (context, args) -> run(store, context, args, counts, appendLimit));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("reference");
        boolean extended = false;
        Set<String> select = new LinkedHashSet<>();
        if (r.tryOpenList()) {
            extended = true;
            options(r, select, SELECT_OPTIONS, "selection option", null);
            r.space("reference");
        }
        if (select.contains("RECURSIVEMATCH") && !(select.contains("SUBSCRIBED"))) {
            throw new ParseException("RECURSIVEMATCH needs another selection option that it applies to (SUBSCRIBED)");
        }
        String reference = r.astring("reference");
        r.space("mailbox pattern");
        List<String> patterns = new ArrayList<>();
        if (r.tryOpenList()) {
            extended = true;
            do {
                patterns.add(pattern(r));
            } while (r.trySpace());
            r.closeList("mailbox patterns");
        } else {
            patterns.add(pattern(r));
        }
        Set<String> returns = new LinkedHashSet<>();
        List<String> statusItems = new ArrayList<>();
        if (r.trySpace()) {
            if (!r.tryKeyword("RETURN")) {
                throw new ParseException("Expected RETURN after the mailbox pattern");
            }
            extended = true;
            r.space("return options");
            r.openList("return options");
            options(r, returns, RETURN_OPTIONS, "return option", statusItems);
        }
        return new Args(select, reference, patterns, returns, extended, statusItems);
    }

    /** A list-mailbox: list-chars (with % and *) or a string. */
    static String pattern(ImapReader r) throws ParseException {
        return r.atString() ? r.string("mailbox pattern") : r.listCharsAtom("mailbox pattern");
    }

    /**
     * Reads options up to the closing parenthesis (the "(" is consumed); unknown ones are a BAD (RFC 5258 §3).
     * STATUS takes its item list (RFC 5819) into {@code statusItems}.
     */
    private static void options(ImapReader r, Set<String> into, Set<String> known, String what,
            List<String> statusItems) throws ParseException {
        if (r.tryCloseList()) {
            return;
        }
        do {
            String option = r.atom(what).toUpperCase(Locale.ROOT);
            if (!known.contains(option)) {
                throw new ParseException("Unsupported " + what + " " + option);
            }
            if (option.equals("STATUS")) {
                if (!into.add(option)) {
                    throw new ParseException("STATUS is given twice");
                }
                r.space("status items");
                statusItems.addAll(StatusCommand.items(r));
                continue;
            }
            into.add(option);
        } while (r.trySpace());
        r.closeList(what + "s");
    }

    static void run(ImapStore store, CommandContext context, Args args, MailboxCounts counts, Long appendLimit)
            throws CommandException {
        Caller caller = new Caller(store, context);
        char sep = store.naming().separator();
        String reference = WireNames.decode(context, args.wireReference(), sep);
        List<ListPattern> patterns = new ArrayList<>();
        for (String wire : args.wirePatterns()) {
            String mailbox = wire.isEmpty() ? "" : WireNames.decode(context, wire, sep);
            if (mailbox.isEmpty()) {
                // RFC 3501: an empty pattern asks for the separator and the root of the reference
                int first = reference.indexOf(sep);
                String root = first < 0 ? "" : reference.substring(0, first + 1);
                ListLine.write(context, "LIST", List.of("\\Noselect"), sep, root, List.of());
                continue;
            }
            patterns.add(new ListPattern(reference, mailbox, sep));
        }
        if (!patterns.isEmpty()) {
            new ListSelection(caller, context, args, new ListExtras(caller, context, counts, appendLimit, args))
                    .write(patterns);
        }
    }
}
