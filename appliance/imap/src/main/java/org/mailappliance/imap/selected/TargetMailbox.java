package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.session.ImapSession;

/**
 * The mailbox COPY, MOVE and APPEND write into. A missing one (or one the user may not know of) is
 * {@code NO [TRYCREATE]}, so the client can create it and retry (RFC 9051 §6.3.12, §6.4.7).
 */
final class TargetMailbox {
    private TargetMailbox() {
    }

    static ImapStore.Resolved resolve(ImapStore store, ImapSession session, String externalName)
            throws CommandException {
        try {
            return store.resolve(session, externalName, "i");
        } catch (CommandException e) {
            if (ResponseCode.NONEXISTENT.equals(e.code())) {
                throw CommandException.no(ResponseCode.TRYCREATE, "Mailbox does not exist");
            }
            throw e;
        }
    }
}
