package org.mailappliance.imap.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.names.InvalidMailboxNameException;
import org.mailappliance.imap.names.NamePolicy;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxExistsException;
import org.mailappliance.mailstore.mailbox.MailboxTree;

/**
 * CREATE (RFC 3501 §6.3.3) with RFC 4466 parameters {@code (USE (...))} (RFC 6154 CREATE-SPECIAL-USE) and
 * {@code (PARTITION p)}, and Cyrus's older {@code CREATE name partition}. A trailing separator only says the client
 * means to create children and is dropped. Missing parents are not created: as in Cyrus they are holes, listed
 * as \Noselect; the store checks {@code k} on the nearest existing ancestor.
 */
final class CreateCommand {

    /** @param specialUse the USE attributes, empty when none; @param partition null for the store's choice */
    record Args(String wireName, List<String> specialUse, String partition) {
    }

    private CreateCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store) {
        return new CommandDefinition<>("CREATE", CommandDefinition.AUTHENTICATED, CreateCommand::parse,
                (context, args) -> run(store, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("mailbox name");
        String name = WireNames.mailbox(r, "mailbox name");
        List<String> use = new ArrayList<>();
        String partition = null;
        if (r.trySpace()) {
            if (r.tryOpenList()) {
                do {
                    if (r.tryKeyword("USE")) {
                        r.space("USE attributes");
                        use.addAll(Arguments.flagList(r, "USE attributes"));
                    } else if (r.tryKeyword("PARTITION")) {
                        r.space("partition");
                        partition = r.astring("partition");
                    } else {
                        throw new ParseException("Unknown CREATE parameter (expected USE or PARTITION)");
                    }
                } while (r.trySpace());
                r.closeList("CREATE parameters");
            } else {
                partition = r.atom("partition");
            }
        }
        return new Args(name, use, partition);
    }

    static void run(ImapStore store, CommandContext context, Args args) throws CommandException {
        Caller caller = new Caller(store, context);
        char sep = store.naming().separator();
        String external = WireNames.decode(context, args.wireName(), sep);
        if (external.length() > 1 && external.charAt(external.length() - 1) == sep) {
            external = external.substring(0, external.length() - 1);
        }
        String internal;
        try {
            internal = store.naming().toInternal(external, caller.user(), caller.admin());
            NamePolicy.checkCreatable(internal);
        } catch (InvalidMailboxNameException e) {
            throw CommandException.no(ResponseCode.CANNOT, e.getMessage());
        }
        if (caller.isOwnInbox(internal)) {
            throw CommandException.no(ResponseCode.ALREADYEXISTS, "INBOX always exists");
        }
        String use = SpecialUse.validate(args.specialUse(), internal, ownedBy(store, internal));
        try {
            Mailbox created = store.store().mailboxes().create(internal, args.partition(), use, caller.identity());
            context.ok(ResponseCode.of("MAILBOXID", ObjectIds.parenthesized(ObjectIds.mailboxId(created))),
                    "CREATE completed");
        } catch (MailboxExistsException e) {
            Optional<Mailbox> existing = caller.find(internal);
            if (existing.isPresent() && !caller.rights(existing.get()).has('l')) {
                // Cyrus: a name the user may not see is refused, not confirmed
                throw CommandException.no(ResponseCode.NOPERM, "Permission denied: " + external);
            }
            throw CommandException.no(ResponseCode.ALREADYEXISTS, "Mailbox already exists: " + external);
        } catch (IllegalArgumentException e) {
            CommandException known = StoreErrors.translateOrNull(e, external);
            if (known != null) {
                throw known;
            }
            // the store's only other argument check: a partition it does not have
            throw CommandException.no(ResponseCode.CANNOT, "No such partition: " + args.partition());
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, external);
        }
    }

    /** The owner's mailboxes, to keep each special-use attribute on one of them. */
    private static List<Mailbox> ownedBy(ImapStore store, String internal) {
        String[] levels = internal.split("\\.", 3);
        if (levels.length < 2 || !levels[0].equals("user")) {
            return List.of();
        }
        String inbox = "user." + levels[1];
        return store.store().mailboxes().list(inbox).stream()
                .filter(m -> MailboxTree.inSubtree(m.name(), inbox)).toList();
    }
}
