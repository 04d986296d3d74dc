package org.mailappliance.imap.selected;

import java.util.Arrays;
import java.util.Optional;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.message.ExpungeResult;

/**
 * Leaving and cleaning the selected mailbox: EXPUNGE, UID EXPUNGE (RFC 4315), CLOSE, UNSELECT (RFC 3691), CHECK.
 * EXPUNGE responses are not written here: the store's expunge event reaches the session like anyone else's and is
 * reported before the tagged OK, so the session's view and the responses cannot disagree.
 */
final class ExpungeCommands {
    private ExpungeCommands() {
    }

    static CommandDefinition<Void> expunge(ImapStore store) {
        return CommandDefinition.withoutArguments("EXPUNGE", CommandDefinition.SELECTED,
                (ctx, none) -> expunge(ctx, store, Optional.empty()));
    }

    static CommandDefinition<SequenceSet> uidExpunge(ImapStore store) {
        return new CommandDefinition<>("UID EXPUNGE", CommandDefinition.SELECTED, r -> {
            r.space("UID set");
            return Arguments.sequenceSet(r, "UID set");
        }, (ctx, set) -> {
            long[] uids = Resolving.resolve(ctx.session().selected(), set, true);
            expunge(ctx, store, Optional.of(uids));
        });
    }

    private static void expunge(CommandContext ctx, ImapStore store, Optional<long[]> only) throws CommandException {
        SelectedMailbox selected = ctx.session().selected();
        checkMayExpunge(selected);
        if (only.isPresent() && only.get().length == 0) {
            ctx.ok("Completed");
            return;
        }
        ExpungeResult result;
        try {
            result = store.store().messages().expunge(selected.internalName(),
                    only.map(u -> Arrays.stream(u).boxed().toList()));
        } catch (NoSuchMailboxException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox has been deleted or renamed");
        }
        if (selected.condstore() && !result.uids().isEmpty()) {
            // as Cyrus: the client learns the modseq its cache is now up to (RFC 7162 §3.2.7's example)
            ctx.ok(ResponseCode.of("HIGHESTMODSEQ", Long.toString(result.modSeq())), "Completed");
        } else {
            ctx.ok("Completed");
        }
    }

    private static void checkMayExpunge(SelectedMailbox selected) throws CommandException {
        if (selected.readOnly()) {
            throw CommandException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        }
        if (!selected.rights().has('e')) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied (the 'e' right is needed)");
        }
    }

    /**
     * CLOSE: expunges silently when the mailbox is read-write and the user may expunge (Cyrus skips the expunge,
     * without an error, when the 'e' right is missing), then leaves the selected state.
     */
    static CommandDefinition<Void> close(ImapStore store) {
        return CommandDefinition.withoutArguments("CLOSE", CommandDefinition.SELECTED, (ctx, none) -> {
            SelectedMailbox selected = ctx.session().selected();
            // leave first: the expunge event must not turn into EXPUNGE responses (CLOSE sends none)
            ctx.session().unselect();
            if (!selected.readOnly() && selected.rights().has('e') && !selected.gone()) {
                try {
                    store.store().messages().expunge(selected.internalName(), Optional.empty());
                } catch (NoSuchMailboxException e) {
                    // deleted under us: nothing left to expunge, and CLOSE still succeeds
                }
            }
            ctx.ok("Completed");
        });
    }

    static CommandDefinition<Void> unselect() {
        return CommandDefinition.withoutArguments("UNSELECT", CommandDefinition.SELECTED, (ctx, none) -> {
            ctx.session().unselect();
            ctx.ok("Completed");
        });
    }

    /** CHECK (RFC 3501; gone from IMAP4rev2): the store is always consistent, so it only reports updates like NOOP. */
    static CommandDefinition<Void> check() {
        return CommandDefinition.withoutArguments("CHECK", CommandDefinition.SELECTED,
                (ctx, none) -> ctx.ok("Completed"));
    }
}
