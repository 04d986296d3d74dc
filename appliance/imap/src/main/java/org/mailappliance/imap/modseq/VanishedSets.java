package org.mailappliance.imap.modseq;

import java.util.function.LongUnaryOperator;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.mailstore.message.Vanished;

/**
 * Computes the UIDs of a {@code VANISHED (EARLIER)} response (RFC 7162 §3.2.5.2, §3.2.6) from what the store
 * answers and what the session's view holds.
 */
public final class VanishedSets {
    /** seq-match-data longer than this is ignored: it only narrows an inexact answer, and must not cost much. */
    static final int MAX_MATCH_PAIRS = 100_000;

    private VanishedSets() {
    }

    /**
     * @param store     the store's answer for the client's modseq
     * @param requested the UIDs the client asks about (known-uids, or the UID FETCH set), null for all
     * @param present   the UIDs in the session's view: never reported (expunges pending for the view follow as
     *                  plain VANISHED later)
     * @param bound     the highest UID an inexact answer may name
     * @param matched   UIDs up to this one are known not to have vanished (from seq-match-data; 0 for none)
     */
    public static UidRanges vanished(Vanished store, UidRanges requested, UidRanges present, long bound,
            long matched) {
        UidRanges candidates = store.exact() ? UidRanges.of(store.uids()) : UidRanges.range(matched + 1, bound);
        if (requested != null) {
            candidates = candidates.intersect(requested);
        }
        return candidates.minus(present);
    }

    /**
     * The highest UID of the client's seq-match-data that the view still has at the same sequence number (0 when
     * none does, or the data is too long to check). When message n has UID u both in the client's old view and
     * now, no message below u was expunged in between: new messages only ever get higher UIDs.
     *
     * @param uidAt the view's UID at a sequence number (1..exists)
     */
    public static long matchedThrough(SequenceSet msns, SequenceSet uids, int exists, long lastUid,
            LongUnaryOperator uidAt) {
        if (msns == null || uids == null || exists == 0) {
            return 0;
        }
        long[] m = expand(msns, exists);
        long[] u = expand(uids, lastUid);
        if (m == null || u == null || m.length != u.length) {
            return 0;
        }
        long best = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] >= 1 && m[i] <= exists && uidAt.applyAsLong(m[i]) == u[i]) {
                best = Math.max(best, u[i]);
            }
        }
        return best;
    }

    /** The numbers of a set in the order written, or null when there are more than {@link #MAX_MATCH_PAIRS}. */
    private static long[] expand(SequenceSet set, long largest) {
        long total = 0;
        for (SequenceSet.Range r : set.resolve(largest)) {
            total += r.last() - r.first() + 1;
            if (total > MAX_MATCH_PAIRS) {
                return null;
            }
        }
        long[] out = new long[(int) total];
        int n = 0;
        for (SequenceSet.Range written : set.ranges()) {
            SequenceSet.Range r = written.resolve(largest);
            boolean descending = written.first() != SequenceSet.STAR && written.last() != SequenceSet.STAR
                    && written.first() > written.last();
            for (long v = r.first(); v <= r.last(); v++) {
                out[n++] = descending ? r.last() - (v - r.first()) : v;
            }
        }
        return out;
    }
}
