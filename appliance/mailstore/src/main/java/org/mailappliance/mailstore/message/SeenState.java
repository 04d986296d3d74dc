package org.mailappliance.mailstore.message;

import java.time.Instant;

/**
 * One user's \Seen messages in a mailbox that user does not own (Cyrus's seen db), as an IMAP UID set.
 *
 * @param seenUids   e.g. {@code 1:5,7}; empty when nothing is seen
 * @param modSeq     the mailbox's HIGHESTMODSEQ when it was last written (for CONDSTORE on shared mailboxes)
 * @param lastChange when it was last written
 */
public record SeenState(String user, String mailbox, String seenUids, long modSeq, Instant lastChange) {
}
