package org.mailappliance.imap.selected;

import java.util.Arrays;
import java.util.List;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.message.CopyResult;
import org.mailappliance.mailstore.message.MessageStore;

/**
 * COPY, MOVE and their UID forms (RFC 9051 §6.4.7-8, RFC 6851, COPYUID of RFC 4315). Each is all or nothing (one
 * store transaction); MOVE copies and expunges the sources in that one transaction, so a crash leaves the messages
 * in exactly one mailbox. The expunges reach the session as store events and are reported after
 * {@code * OK [COPYUID ...]} (RFC 6851 §4.3) and before the tagged OK.
 */
final class CopyMoveCommand {

    record Request(SequenceSet set, String mailbox) {
    }

    private CopyMoveCommand() {
    }

    static CommandDefinition<Request> definition(ImapStore store, String name, boolean uid, boolean move) {
        return new CommandDefinition<>(uid ? "UID " + name : name, CommandDefinition.SELECTED,
                r -> parse(r, store), (ctx, request) -> run(ctx, store, request, uid, move));
    }

    private static Request parse(ImapReader r, ImapStore store) throws ParseException {
        r.space("sequence set");
        SequenceSet set = Arguments.sequenceSet(r, "sequence set");
        r.space("mailbox name");
        return new Request(set, Arguments.mailbox(r, "mailbox name", store.naming().separator(), r.utf8()));
    }

    private static void run(CommandContext ctx, ImapStore store, Request request, boolean uid, boolean move)
            throws CommandException {
        SelectedMailbox selected = ctx.session().selected();
        long[] uids = Resolving.resolve(selected, request.set(), uid);
        if (move) {
            if (selected.readOnly()) {
                throw CommandException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
            }
            if (!selected.rights().has('t') || !selected.rights().has('e')) {
                throw CommandException.no(ResponseCode.NOPERM,
                        "Permission denied (MOVE needs the 't' and 'e' rights on the source)");
            }
        }
        ImapStore.Resolved target = TargetMailbox.resolve(store, ctx.session(), request.mailbox());
        if (uids.length == 0) {
            // UID COPY/MOVE naming no existing message: nothing to do, and no COPYUID (RFC 4315 §3)
            ctx.ok("Completed");
            return;
        }
        MessageStore messages = store.store().messages();
        CopyResult result;
        try {
            List<Long> wanted = Arrays.stream(uids).boxed().toList();
            result = move ? messages.move(selected.internalName(), wanted, target.internalName())
                    : messages.copy(selected.internalName(), wanted, target.internalName());
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        if (result instanceof CopyResult.OverQuota) {
            throw CommandException.no(ResponseCode.OVERQUOTA, "Over quota");
        }
        if (result instanceof CopyResult.NoSuchMailbox missing) {
            if (missing.mailbox().equals(target.internalName())) {
                throw CommandException.no(ResponseCode.TRYCREATE, "Mailbox does not exist");
            }
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        CopyResult.Copied copied = (CopyResult.Copied) result;
        ResponseCode copyUid = copied.sourceUids().isEmpty() ? null : ResponseCode.of("COPYUID",
                copied.uidValidity() + " " + UidSets.format(copied.sourceUids()) + " "
                        + UidSets.format(copied.targetUids()));
        if (!move) {
            ctx.ok(copyUid, "Completed");
            return;
        }
        if (copyUid != null) {
            ctx.out().untagged(Status.OK, copyUid, "Completed");
        }
        ctx.ok("Completed");
    }
}
