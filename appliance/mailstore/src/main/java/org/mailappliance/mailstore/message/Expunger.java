package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * EXPUNGE per {@code expunge_mode}: immediate deletes record and file; semidelayed keeps the record (expunged,
 * with the expunge's modseq, file marked removed) and deletes the file; delayed keeps both. In every mode the
 * messages stop counting against the quota in the same transaction, as in Cyrus. Files are deleted after the
 * commit; a crash before that leaves files startup recovery removes.
 */
final class Expunger {
    private static final Logger LOG = Logger.getLogger(Expunger.class.getName());

    private final GroupCommit transactions;
    private final MessageFiles files;
    private final Quotas quotas;
    private final ChangeEvents events;
    private final ExpungeMode mode;
    private final Clock clock;
    private final RecordCache cache;

    Expunger(GroupCommit transactions, MessageFiles files, Quotas quotas, ChangeEvents events, ExpungeMode mode,
            Clock clock, RecordCache cache) {
        this.clock = clock;
        this.cache = cache;
        this.transactions = transactions;
        this.files = files;
        this.quotas = quotas;
        this.events = events;
        this.mode = mode;
    }

    private record Outcome(ExpungeResult result, List<Path> filesToDelete) {
    }

    ExpungeResult expunge(String mailbox, Optional<Collection<Long>> onlyUids) {
        Outcome outcome = transactions.run(c -> run(c, mailbox, onlyUids.map(HashSet::new)));
        deleteFiles(outcome.filesToDelete());
        ExpungeResult result = outcome.result();
        if (!result.uids().isEmpty()) {
            ChangePublisher.publish(events, new ChangeEvent.MessagesExpunged(mailbox,
                    result.uids().stream().mapToLong(Long::longValue).toArray(), result.modSeq()));
        }
        return result;
    }

    private Outcome run(Connection c, String mailbox, Optional<Set<Long>> only) throws SQLException {
        MailboxRow row = MailboxRow.lock(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox));
        List<Long> uids = new ArrayList<>();
        long bytes = 0;
        Optional<List<MessageRecord>> cached = cache.underLock(c, row, 1, RecordCache.LAST_UID);
        if (cached.isPresent()) {
            for (MessageRecord r : cached.get()) {
                if (r.flags().has(SystemFlag.DELETED) && (only.isEmpty() || only.get().contains(r.uid()))) {
                    uids.add(r.uid());
                    bytes += r.size();
                }
            }
        } else {
            try (PreparedStatement s = c.prepareStatement("SELECT uid, size FROM messages WHERE mailbox_id = ? "
                    + "AND expunged = FALSE AND MOD(system_flags / 4, 2) = 1 ORDER BY uid")) {
                s.setLong(1, row.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (only.isEmpty() || only.get().contains(r.getLong(1))) {
                            uids.add(r.getLong(1));
                            bytes += r.getLong(2);
                        }
                    }
                }
            }
        }
        if (uids.isEmpty()) {
            return new Outcome(new ExpungeResult(List.of(), 0), List.of());
        }
        long modSeq = row.highestModSeq() + 1;
        List<Path> toDelete = removeLocked(c, row, uids, bytes, row.uidNext(), modSeq, mode, files, quotas, clock);
        return new Outcome(new ExpungeResult(uids, modSeq), toDelete);
    }

    /**
     * Expunges the given messages of a mailbox whose row the caller holds locked, inside its transaction: removes
     * or marks the records per {@code mode}, stores the counters, releases the quota. Returns the files to delete
     * once the transaction has committed (none in delayed mode). Shared with MOVE, which expunges its sources in the
     * transaction that places the copies.
     *
     * @param bytes     the total size of the messages, released from the quota
     * @param uidNext   the mailbox's UIDNEXT to store (MOVE within one mailbox has advanced it)
     * @param modSeq    the modseq of the expunge, above every modseq the mailbox has
     */
    static List<Path> removeLocked(Connection c, MailboxRow row, List<Long> uids, long bytes, long uidNext,
            long modSeq, ExpungeMode mode, MessageFiles files, Quotas quotas, Clock clock) throws SQLException {
        String sql = switch (mode) {
            case IMMEDIATE -> "DELETE FROM messages WHERE mailbox_id = ? AND uid = ?";
            case SEMIDELAYED -> "UPDATE messages SET expunged = TRUE, expunge_modseq = ?, modseq = ?, expunged_at = ?, "
                    + "file_state = '" + MessageIndex.FILE_REMOVED + "' WHERE mailbox_id = ? AND uid = ?";
            case DELAYED -> "UPDATE messages SET expunged = TRUE, expunge_modseq = ?, modseq = ?, expunged_at = ? "
                    + "WHERE mailbox_id = ? AND uid = ?";
        };
        OffsetDateTime now = MessageIndex.utc(clock.instant());
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long uid : uids) {
                int i = 1;
                if (mode != ExpungeMode.IMMEDIATE) {
                    s.setLong(i++, modSeq);
                    s.setLong(i++, modSeq);
                    s.setObject(i++, now);
                }
                s.setLong(i++, row.id());
                s.setLong(i, uid);
                s.addBatch();
            }
            s.executeBatch();
        }
        row.advance(c, uidNext, modSeq);
        if (mode == ExpungeMode.IMMEDIATE) {
            // the records are gone: QRESYNC from before this modseq can no longer be answered exactly
            VanishedIndex.recordPurge(c, row.id(), modSeq);
        }
        quotas.charge(c, row.name(), -bytes, -uids.size());
        List<Path> toDelete = new ArrayList<>();
        if (mode != ExpungeMode.DELAYED) {
            Path dir = files.mailboxDirectory(row.partition(), row.name());
            uids.forEach(uid -> toDelete.add(MessageFiles.messageFile(dir, uid)));
        }
        return toDelete;
    }

    /** Deletes the files of committed expunges; one that cannot be removed is left to startup recovery. */
    static void deleteFiles(List<Path> expunged) {
        for (Path file : expunged) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove expunged message file " + file + "; startup recovery will", e);
            }
        }
    }
}
