package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.accounts.InvalidUserNameException;
import org.mailappliance.mailstore.acl.InvalidRightsException;
import org.mailappliance.mailstore.mailbox.BadMailboxNameException;
import org.mailappliance.mailstore.mailbox.MailboxExistsException;
import org.mailappliance.mailstore.mailbox.MailboxPermissionException;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.quota.QuotaExceededException;

/**
 * Turns the store's refusals into tagged NO responses with RFC 5530 codes. The store speaks internal names, so the
 * texts here use the client's name; anything not listed is a real failure and goes to the dispatcher (SERVERBUG).
 */
final class StoreErrors {
    private StoreErrors() {
    }

    /** @param external the client's name of the mailbox the command was about */
    static CommandException translate(RuntimeException e, String external) {
        CommandException known = translateOrNull(e, external);
        if (known == null) {
            throw e;
        }
        return known;
    }

    /** The NO response for a refusal of the store, or null for anything else. */
    static CommandException translateOrNull(RuntimeException e, String external) {
        if (e instanceof NoSuchMailboxException) {
            return CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + external);
        }
        if (e instanceof MailboxExistsException) {
            return CommandException.no(ResponseCode.ALREADYEXISTS, "Mailbox already exists: " + external);
        }
        if (e instanceof MailboxPermissionException) {
            // the store's text names internal mailboxes, possibly ones the user may not see: say only what was refused
            return CommandException.no(ResponseCode.NOPERM, "Permission denied: " + external);
        }
        if (e instanceof QuotaExceededException) {
            return CommandException.no(ResponseCode.OVERQUOTA, "Over quota: " + e.getMessage());
        }
        if (e instanceof BadMailboxNameException || e instanceof InvalidUserNameException) {
            return CommandException.no(ResponseCode.CANNOT, "Invalid mailbox name: " + e.getMessage());
        }
        if (e instanceof InvalidRightsException) {
            return CommandException.no(ResponseCode.CANNOT, e.getMessage());
        }
        return null;
    }
}
