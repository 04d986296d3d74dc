package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.message.SeenState;

/**
 * STATUS (RFC 3501 §6.3.10) with DELETED (RFC 9051), SIZE (RFC 8438), HIGHESTMODSEQ (RFC 7162) and APPENDLIMIT
 * (RFC 7889). Needs {@code r} (as SELECT does in Cyrus); without {@code r} and {@code l} the mailbox does not exist
 * for the user. UNSEEN is the user's own:
 * the \Seen flag for the owner, the seen state for anyone else (Cyrus's split).
 */
final class StatusCommand {
    static final Set<String> ITEMS = Set.of("MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "DELETED",
            "SIZE", "HIGHESTMODSEQ", "APPENDLIMIT", "MAILBOXID");

    record Args(String wireName, List<String> items) {
    }

    private StatusCommand() {
    }

    /** @param appendLimit the largest message APPEND accepts, or null when there is no limit (NIL) */
    static CommandDefinition<Args> definition(ImapStore store, Long appendLimit) {
        MailboxCounts counts = new MailboxCounts(store.store());
        return new CommandDefinition<>("STATUS", CommandDefinition.AUTHENTICATED, StatusCommand::parse,
                (context, args) -> run(store, counts, appendLimit, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("mailbox name");
        String name = WireNames.mailbox(r, "mailbox name");
        r.space("status items");
        return new Args(name, items(r));
    }

    /** A parenthesized list of status items (also LIST ... RETURN (STATUS (...)), RFC 5819). */
    static List<String> items(ImapReader r) throws ParseException {
        r.openList("status items");
        Set<String> items = new LinkedHashSet<>();
        if (r.tryCloseList()) {
            throw new ParseException("Missing status item");
        }
        do {
            String item = r.atom("status item").toUpperCase(Locale.ROOT);
            if (!ITEMS.contains(item)) {
                throw new ParseException("Unknown status item " + item);
            }
            items.add(item);
        } while (r.trySpace());
        r.closeList("status items");
        return new ArrayList<>(items);
    }

    static void run(ImapStore store, MailboxCounts counts, Long appendLimit, CommandContext context, Args args)
            throws CommandException {
        Caller caller = new Caller(store, context);
        String external = WireNames.decode(context, args.wireName(), store.naming().separator());
        String internal = caller.existingName(external);
        Mailbox mailbox = caller.require(internal, external, 'r');
        write(caller, counts, appendLimit, context, mailbox, external, args.items());
    }

    /** Counts and writes one {@code * STATUS} line (STATUS, and LIST-STATUS for each listed mailbox). */
    static void write(Caller caller, MailboxCounts counts, Long appendLimit, CommandContext context, Mailbox mailbox,
            String external, List<String> items) throws CommandException {
        ImapStore store = caller.store();
        String internal = mailbox.name();
        boolean owner = caller.owns(internal);
        String seen = null;
        if (!owner && items.contains("UNSEEN")) {
            seen = store.store().seenStates().get(caller.user(), internal).map(SeenState::seenUids).orElse(null);
        }
        MailboxCounts.Counts c;
        try {
            c = counts.count(mailbox, owner, seen);
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, external);
        }
        ResponseLine line = context.out().untagged().atom("STATUS").astring(WireNames.encode(context, external))
                .open();
        for (String item : items) {
            switch (item) {
                case "MESSAGES" -> line.atom(item).number(c.messages());
                case "RECENT" -> line.atom(item).number(c.recent());
                case "UIDNEXT" -> line.atom(item).number(c.uidNext());
                case "UIDVALIDITY" -> line.atom(item).number(c.uidValidity());
                case "UNSEEN" -> line.atom(item).number(c.unseen());
                case "DELETED" -> line.atom(item).number(c.deleted());
                case "SIZE" -> line.atom(item).number(c.size());
                case "HIGHESTMODSEQ" -> line.atom(item).number(c.highestModSeq());
                case "MAILBOXID" -> line.atom(item).atom(ObjectIds.parenthesized(ObjectIds.mailboxId(mailbox)));
                case "APPENDLIMIT" -> {
                    // the install-time value wins; else the service's maxmessagesize, as APPEND enforces it
                    long limit = appendLimit != null ? appendLimit : context.session().settings().maxMessageSize();
                    if (limit <= 0) {
                        line.atom(item).nil();
                    } else {
                        line.atom(item).number(limit);
                    }
                }
                default -> throw new IllegalStateException("status item not handled: " + item);
            }
        }
        line.close().end();
    }
}
