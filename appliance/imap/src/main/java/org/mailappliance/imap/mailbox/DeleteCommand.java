package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;

/**
 * DELETE (RFC 3501 §6.3.4). Only the named mailbox goes; its children stay and the name becomes a hole, listed as
 * \Noselect (RFC 3501's rule, and what the store does under {@code delete_mode}). Deleting a hole is an error
 * (NONEXISTENT), as is deleting what the user may not see. A user cannot delete its own INBOX (that would delete
 * the account); admins delete users through their {@code user/...} names. Needs {@code x}, the Cyrus way:
 * without it, NOPERM if the user can see the mailbox, else NONEXISTENT. The subscription is kept, as Cyrus does
 * unless {@code delete_unsubscribe}.
 */
final class DeleteCommand {
    private DeleteCommand() {
    }

    static CommandDefinition<String> definition(ImapStore store) {
        return new CommandDefinition<>("DELETE", CommandDefinition.AUTHENTICATED, DeleteCommand::parse,
                (context, wire) -> run(store, context, wire));
    }

    static String parse(ImapReader r) throws ParseException {
        r.space("mailbox name");
        return WireNames.mailbox(r, "mailbox name");
    }

    static void run(ImapStore store, CommandContext context, String wire) throws CommandException {
        Caller caller = new Caller(store, context);
        String external = WireNames.decode(context, wire, store.naming().separator());
        String internal = caller.existingName(external);
        if (caller.isOwnInbox(internal) && !caller.admin()) {
            throw CommandException.no(ResponseCode.CANNOT, "INBOX cannot be deleted");
        }
        // checked here too, before the store's user-deletion rule could tell a user that another user exists
        caller.require(internal, external, 'x');
        try {
            store.store().mailboxes().delete(internal, caller.identity());
        } catch (RuntimeException e) {
            throw StoreErrors.translate(e, external);
        }
    }
}
