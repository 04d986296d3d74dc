package org.mailappliance.imap.acl;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.acl.InvalidRightsException;
import org.mailappliance.mailstore.acl.RightsChange;
import org.mailappliance.mailstore.mailbox.MailboxPermissionException;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;

/**
 * SETACL and DELETEACL (RFC 4314 §3.1, §3.2). Both need {@code a} on the mailbox (admins hold it everywhere); the
 * store applies Cyrus's rule that the owner of a personal mailbox never drops below {@code implicit_owner_rights}.
 * A rights string with an unknown letter is refused with BAD before anything changes (RFC 4314 §3.1: unrecognized
 * rights must not be ignored); {@code +rights} adds, {@code -rights} removes, and the legacy {@code c}/{@code d}
 * stand for {@code kx}/{@code te} as in Cyrus.
 */
final class AclChangeCommands {
    private AclChangeCommands() {
    }

    static CommandDefinition<AclArgs> setAcl(ImapStore store) {
        return new CommandDefinition<>("SETACL", CommandDefinition.AUTHENTICATED, AclArgs::withRights,
                (context, args) -> {
                    try {
                        RightsChange.parse(args.rights());
                    } catch (InvalidRightsException e) {
                        throw CommandException.bad("Invalid rights: " + e.getMessage());
                    }
                    change(store, context, args, true);
                });
    }

    static CommandDefinition<AclArgs> deleteAcl(ImapStore store) {
        return new CommandDefinition<>("DELETEACL", CommandDefinition.AUTHENTICATED, AclArgs::withIdentifier,
                (context, args) -> change(store, context, args, false));
    }

    private static void change(ImapStore store, CommandContext context, AclArgs args, boolean set)
            throws CommandException {
        String external = WireNames.decode(context, args.wireMailbox(), store.naming().separator());
        ImapStore.Resolved target = store.require(context.session(), external, 'a');
        String identifier = AclArgs.storedIdentifier(store, target.internalName(), args.identifier());
        try {
            if (set) {
                store.store().mailboxes().setAcl(target.internalName(), identifier, args.rights(),
                        target.identity());
            } else {
                store.store().mailboxes().deleteAcl(target.internalName(), identifier, target.identity());
            }
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + external);
        } catch (MailboxPermissionException e) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied: " + external);
        } catch (InvalidRightsException e) {
            // what is left here is about the identifier (the rights were checked above)
            throw CommandException.no(ResponseCode.CANNOT, "Invalid identifier: " + e.getMessage());
        }
    }
}
