package org.mailappliance.mailstore.message;

import java.util.List;

/** The outcome of a COPY: all messages were copied, or none. */
public sealed interface CopyResult {
    /**
     * @param sourceUids the copied messages' UIDs in the source, ascending (COPYUID source set)
     * @param targetUids their new UIDs in the target, in the same order (COPYUID target set)
     */
    record Copied(String mailbox, long uidValidity, List<Long> sourceUids, List<Long> targetUids, long modSeq)
            implements CopyResult {
        public Copied {
            sourceUids = List.copyOf(sourceUids);
            targetUids = List.copyOf(targetUids);
        }
    }

    record OverQuota(String mailbox) implements CopyResult {
    }

    record NoSuchMailbox(String mailbox) implements CopyResult {
    }
}
