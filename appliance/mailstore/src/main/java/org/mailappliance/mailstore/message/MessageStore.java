package org.mailappliance.mailstore.message;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Messages in mailboxes: the delivery/APPEND write path, COPY, flag STORE, EXPUNGE and the reads FETCH needs.
 * Mailboxes are named by internal name. Every method is safe to call from many threads at once.
 *
 * <p>Write path: the source is written to a stage file under {@code <partition>/stage./} and fsynced; then per
 * target, in one database transaction that holds the mailbox row locked: allocate the UID, hard-link (or copy
 * across partitions) the stage file into the mailbox directory as {@code <uid>.}, fsync the directory, insert the
 * record, charge the quota, commit. Only when this returns may the caller acknowledge.
 */
public final class MessageStore {
    private static final String PENDING = "implemented in the next commit";

    /** Delivers one message to every target; one result per target, in order. Never throws for one target's failure. */
    public List<AppendResult> deliver(DeliveryRequest request) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** IMAP APPEND from a spooled literal; the file is read, not moved. No duplicate suppression. */
    public AppendResult append(String mailbox, Path source, Set<String> flags, Instant internalDate) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** IMAP APPEND from a stream; it is written to the stage file as it is read. */
    public AppendResult append(String mailbox, InputStream source, Set<String> flags, Instant internalDate) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** COPY: new UIDs in {@code toMailbox} for the given (unexpunged) messages, flags and INTERNALDATE kept; all or nothing. */
    public CopyResult copy(String fromMailbox, Collection<Long> uids, String toMailbox) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** STORE flags with one new modseq for the whole command; UNCHANGEDSINCE per RFC 7162 when given. */
    public StoreResult store(String mailbox, Collection<Long> uids, FlagOperation op, Set<String> flags,
            OptionalLong unchangedSince) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** EXPUNGE the messages flagged \Deleted; with {@code onlyUids} (UID EXPUNGE) only those among them. */
    public ExpungeResult expunge(String mailbox, Optional<Collection<Long>> onlyUids) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** Unexpunged records with {@code firstUid <= uid <= lastUid}, ascending. */
    public List<MessageRecord> records(String mailbox, long firstUid, long lastUid) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** Records (expunged ones too) whose modseq is above {@code modSeq}, ascending by UID (CONDSTORE/QRESYNC). */
    public List<MessageRecord> changedSince(String mailbox, long modSeq) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** The cached ENVELOPE/BODYSTRUCTURE/sort fields of one message. */
    public Optional<MessageCache> cache(String mailbox, long uid) {
        throw new UnsupportedOperationException(PENDING);
    }

    /** The message's file, for streaming BODY[] sections. */
    public Path openMessage(String mailbox, long uid) {
        throw new UnsupportedOperationException(PENDING);
    }
}
