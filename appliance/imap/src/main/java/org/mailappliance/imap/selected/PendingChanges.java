package org.mailappliance.imap.selected;

import java.util.TreeSet;

/**
 * What changed in the selected mailbox since the session last reported, as told by store events. Events arrive on
 * the committing threads (other sessions, LMTP) while the session's own thread drains: every method locks. Only
 * which messages changed is kept ("edge trigger"); the report re-reads their current state from the store.
 */
final class PendingChanges {

    /** One drained batch. {@code expunged} is empty when expunges were withheld. */
    record Batch(boolean appended, long[] expunged, long[] flagged, boolean gone) {
        boolean isEmpty() {
            return !appended && expunged.length == 0 && flagged.length == 0 && !gone;
        }
    }

    private boolean appended;
    private final TreeSet<Long> expunged = new TreeSet<>();
    private final TreeSet<Long> flagged = new TreeSet<>();
    private boolean gone;
    /** The highest modseq of any event seen, own flag changes included (CONDSTORE). */
    private long highestModSeq;
    /** {@link #highestModSeq} as of the last drain that left nothing behind. */
    private long drainedThrough;

    /** An event carried this modseq; the session is up to date with it once everything pending is reported. */
    synchronized void sawModSeq(long modSeq) {
        highestModSeq = Math.max(highestModSeq, modSeq);
    }

    /** The highest modseq whose changes the last full drain took (0 before any). */
    synchronized long drainedThrough() {
        return drainedThrough;
    }

    synchronized void appended() {
        appended = true;
    }

    synchronized void expunged(long[] uids) {
        for (long uid : uids) {
            expunged.add(uid);
            flagged.remove(uid);
        }
    }

    synchronized void flagsChanged(long[] uids) {
        for (long uid : uids) {
            if (!expunged.contains(uid)) {
                flagged.add(uid);
            }
        }
    }

    /** The mailbox was deleted or renamed away: the session's view empties (Cyrus's default behaviour). */
    synchronized void gone() {
        gone = true;
    }

    synchronized boolean isEmpty() {
        return !appended && expunged.isEmpty() && flagged.isEmpty() && !gone;
    }

    /**
     * Takes what is pending. Without {@code takeExpunges} the expunges stay for a later report (RFC 9051 §7.5.1:
     * none during FETCH, STORE, SEARCH), and so does the loss of the mailbox, which is reported as expunges.
     */
    synchronized Batch drain(boolean takeExpunges) {
        long[] ex = takeExpunges ? toArray(expunged) : new long[0];
        if (takeExpunges) {
            expunged.clear();
        }
        Batch b = new Batch(appended, ex, toArray(flagged), gone && takeExpunges);
        appended = false;
        flagged.clear();
        if (takeExpunges) {
            gone = false;
        }
        if (expunged.isEmpty() && !gone) {
            // nothing is left behind: every change up to the highest modseq seen is in this batch
            drainedThrough = highestModSeq;
        }
        return b;
    }

    private static long[] toArray(TreeSet<Long> set) {
        return set.stream().mapToLong(Long::longValue).toArray();
    }
}
