package org.mailappliance.imap.selected;

import org.mailappliance.imap.modseq.SelectParameters;
import org.mailappliance.imap.modseq.UidRanges;
import org.mailappliance.imap.modseq.VanishedSets;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.Vanished;

/**
 * The resynchronisation responses of QRESYNC (RFC 7162 §3.2.5, §3.2.6): {@code VANISHED (EARLIER)} for messages
 * expunged since the client's modseq, and (for SELECT) {@code FETCH} of the flags changed since then.
 */
public final class Qresync {
    private Qresync() {
    }

    /**
     * What SELECT/EXAMINE (QRESYNC (...)) adds after the mailbox state, when the client's UIDVALIDITY is the
     * mailbox's (otherwise the client must resynchronise from scratch and gets nothing extra).
     *
     * @param uidNext the mailbox's UIDNEXT as read for SELECT
     */
    public static void afterSelect(ResponseWriter out, MessageStore messages, SelectedMailbox view,
            SelectParameters.Qresync params, long uidNext) {
        if (params.uidValidity() != view.uidValidity()) {
            return;
        }
        long bound = Math.max(uidNext - 1, view.lastUid());
        UidRanges known = params.knownUids() == null ? null : UidRanges.of(params.knownUids(), bound);
        Vanished stored = messages.vanishedSince(view.internalName(), params.modSeq());
        long matched = stored.exact() ? 0 : VanishedSets.matchedThrough(params.matchMsns(), params.matchUids(),
                view.exists(), view.lastUid(), msn -> view.uidAt((int) msn));
        writeEarlier(out, VanishedSets.vanished(stored, known, UidRanges.of(view.uids()), bound, matched));
        for (MessageRecord r : messages.changedSince(view.internalName(), params.modSeq())) {
            if (!r.expunged() && (known == null || known.contains(r.uid()))) {
                view.writeFlags(out, r.uid(), r.flags(), r.modSeq(), true);
            }
        }
    }

    /**
     * UID FETCH ... (CHANGEDSINCE modseq VANISHED): the UIDs of {@code set} expunged since {@code modSeq}. As in
     * Cyrus, {@code *} is the highest UID ever given ({@code uidNext - 1}), so {@code 1:*} asks about every UID;
     * an inexact answer names only UIDs up to the last the session knows (later ones it was never told of).
     */
    public static void beforeFetch(ResponseWriter out, MessageStore messages, SelectedMailbox view, SequenceSet set,
            long modSeq, long uidNext) {
        long[] present = view.uids();
        long star = Math.max(view.lastUid(), uidNext - 1);
        UidRanges requested = set.isSavedResult() ? UidRanges.of(view.savedResult()) : UidRanges.of(set, star);
        Vanished stored = messages.vanishedSince(view.internalName(), modSeq);
        writeEarlier(out, VanishedSets.vanished(stored, requested, UidRanges.of(present), view.lastUid(), 0));
    }

    private static void writeEarlier(ResponseWriter out, UidRanges vanished) {
        if (!vanished.isEmpty()) {
            ResponseLine line = out.untagged().atom("VANISHED").open().atom("EARLIER").close();
            line.atom(vanished.toString()).end();
        }
    }
}
