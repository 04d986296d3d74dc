package org.mailappliance.mailstore.message;

import java.util.List;

/** The messages an EXPUNGE removed, ascending by UID, and the modseq it was given (0 when nothing was expunged). */
public record ExpungeResult(List<Long> uids, long modSeq) {
    public ExpungeResult {
        uids = List.copyOf(uids);
    }
}
