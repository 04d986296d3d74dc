package org.mailappliance.imap.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.message.CopyResult;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.message.MessageRecord;

/**
 * RENAME INBOX (RFC 3501 §6.3.5): the messages move to a new mailbox and INBOX stays, empty; its children are not
 * touched. The store renames whole mailboxes only, so this is create + COPY + \Deleted + UID EXPUNGE. It is not one
 * transaction: a crash between the copy and the expunge leaves the messages in both mailboxes (never in neither).
 */
final class InboxRename {
    private static final long MAX_UID = 0xFFFF_FFFFL;

    private InboxRename() {
    }

    static void run(MailStore store, String inbox, String target, Identity who, String externalTarget)
            throws CommandException {
        store.mailboxes().create(target, null, null, who);
        List<Long> uids = store.messages().records(inbox, 1, MAX_UID).stream().map(MessageRecord::uid).toList();
        if (uids.isEmpty()) {
            return;
        }
        CopyResult copied = store.messages().copy(inbox, uids, target);
        if (!(copied instanceof CopyResult.Copied)) {
            // nothing was copied (all or nothing): take back the mailbox made for them
            store.mailboxes().delete(target, Identity.SYSTEM);
            if (copied instanceof CopyResult.OverQuota) {
                throw CommandException.no(ResponseCode.OVERQUOTA, "Over quota: cannot move the messages of INBOX to "
                        + externalTarget);
            }
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: INBOX");
        }
        List<Long> moved = ((CopyResult.Copied) copied).sourceUids();
        store.messages().store(inbox, moved, FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        store.messages().expunge(inbox, Optional.of(moved));
    }
}
