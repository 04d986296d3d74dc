package org.mailappliance.imap.mailbox;

import java.util.List;
import java.util.Optional;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.names.InvalidMailboxNameException;
import org.mailappliance.imap.names.NamePolicy;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxExistsException;
import org.mailappliance.mailstore.mailbox.MailboxTree;
import org.mailappliance.mailstore.mailbox.RenamedMailbox;
import org.mailappliance.mailstore.mailbox.Subscriptions;

/**
 * RENAME (RFC 3501 §6.3.5): the mailbox and everything below it move together (the store's rename, which checks
 * {@code x} on the source and {@code k} where it goes). Renaming the user's INBOX moves its messages instead
 * ({@link InboxRename}). As Cyrus does, the user's subscriptions follow the renamed mailboxes.
 */
final class RenameCommand {

    record Args(String wireFrom, String wireTo) {
    }

    private RenameCommand() {
    }

    static CommandDefinition<Args> definition(ImapStore store) {
        return new CommandDefinition<>("RENAME", CommandDefinition.AUTHENTICATED, RenameCommand::parse,
                (context, args) -> run(store, context, args));
    }

    static Args parse(ImapReader r) throws ParseException {
        r.space("existing mailbox name");
        String from = WireNames.mailbox(r, "existing mailbox name");
        r.space("new mailbox name");
        return new Args(from, WireNames.mailbox(r, "new mailbox name"));
    }

    static void run(ImapStore store, CommandContext context, Args args) throws CommandException {
        Caller caller = new Caller(store, context);
        char sep = store.naming().separator();
        String fromExternal = WireNames.decode(context, args.wireFrom(), sep);
        String toExternal = WireNames.decode(context, args.wireTo(), sep);
        String from = caller.existingName(fromExternal);
        String to;
        try {
            to = store.naming().toInternal(toExternal, caller.user(), caller.admin());
            NamePolicy.checkCreatable(to);
        } catch (InvalidMailboxNameException e) {
            throw CommandException.no(ResponseCode.CANNOT, e.getMessage());
        }
        if (!caller.admin() && !caller.isOwnInbox(from)) {
            // before the store's rule that only admins rename users, which would confirm that a user exists
            caller.require(from, fromExternal, 'x');
        }
        if (MailboxTree.inSubtree(to, from) && !caller.isOwnInbox(from)) {
            throw CommandException.no(ResponseCode.CANNOT, "Cannot rename " + fromExternal + " into itself or below it");
        }
        try {
            if (caller.isOwnInbox(from)) {
                InboxRename.run(store.store(), from, to, caller.identity(), toExternal);
                return;
            }
            List<RenamedMailbox> renamed = store.store().mailboxes().rename(from, to, caller.identity());
            moveSubscriptions(store.store().subscriptions(), caller.user(), renamed);
        } catch (MailboxExistsException e) {
            Optional<Mailbox> existing = caller.find(to);
            if (existing.isPresent() && !caller.rights(existing.get()).has('l')) {
                throw CommandException.no(ResponseCode.NOPERM, "Permission denied: " + toExternal);
            }
            throw CommandException.no(ResponseCode.ALREADYEXISTS, "Mailbox already exists: " + toExternal);
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, fromExternal);
        }
    }

    private static void moveSubscriptions(Subscriptions subscriptions, String user, List<RenamedMailbox> renamed) {
        for (RenamedMailbox r : renamed) {
            if (subscriptions.unsubscribe(user, r.from())) {
                subscriptions.subscribe(user, r.mailbox().name());
            }
        }
    }
}
