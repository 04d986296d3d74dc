package org.mailappliance.mailstore.message;

import java.util.List;

/**
 * The outcome of a flag STORE.
 *
 * @param updated  the messages whose flags changed, ascending by UID (unchanged messages are absent)
 * @param modified the UIDs skipped because their modseq was above UNCHANGEDSINCE (RFC 7162 {@code [MODIFIED]})
 * @param modSeq   the mailbox's HIGHESTMODSEQ after the store
 */
public record StoreResult(List<FlagUpdate> updated, List<Long> modified, long modSeq) {
    public StoreResult {
        updated = List.copyOf(updated);
        modified = List.copyOf(modified);
    }
}
