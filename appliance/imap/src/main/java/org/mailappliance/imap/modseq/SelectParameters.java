package org.mailappliance.imap.modseq;

import org.mailappliance.imap.parse.SequenceSet;

/**
 * The parameters of SELECT/EXAMINE that RFC 7162 defines: {@code (CONDSTORE)} and {@code (QRESYNC (...))}.
 *
 * @param condstore whether CONDSTORE was given (QRESYNC implies it too)
 * @param qresync   the QRESYNC parameters, or null
 */
public record SelectParameters(boolean condstore, Qresync qresync) {
    public static final SelectParameters NONE = new SelectParameters(false, null);

    /**
     * {@code QRESYNC (uidvalidity modseq [known-uids] [(known-sequence-set known-uid-set)])}.
     *
     * @param knownUids the UIDs the client knows, or null for all
     * @param matchMsns the seq-match-data's sequence numbers, or null (then {@code matchUids} is null too)
     * @param matchUids the UIDs the client has at those sequence numbers, in the same order
     */
    public record Qresync(long uidValidity, long modSeq, SequenceSet knownUids, SequenceSet matchMsns,
            SequenceSet matchUids) {
    }

    /** Whether the session must have CONDSTORE turned on by this SELECT. */
    public boolean enablesCondstore() {
        return condstore || qresync != null;
    }
}
