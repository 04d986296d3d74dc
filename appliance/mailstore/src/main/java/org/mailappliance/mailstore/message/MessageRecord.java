package org.mailappliance.mailstore.message;

import java.time.Instant;

/**
 * One message's index record (Cyrus's cyrus.index entry).
 *
 * @param guid          SHA-1 of the raw message bytes, lower-case hex (Cyrus's GUID)
 * @param size          RFC822.SIZE: the stored file's length in bytes
 * @param headerSize    bytes of the header block including the blank line that ends it (body offset)
 * @param expunged      expunged but kept (delayed/semidelayed expunge_mode); such records are invisible to sessions
 * @param expungeModSeq the modseq of the expunge (QRESYNC VANISHED), 0 when not expunged
 */
public record MessageRecord(String mailbox, long uid, long modSeq, Instant internalDate, Instant saveDate, long size,
        long headerSize, String guid, Flags flags, boolean expunged, long expungeModSeq) {
}
