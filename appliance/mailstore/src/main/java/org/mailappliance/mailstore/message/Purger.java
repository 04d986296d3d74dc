package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.mailbox.MailboxTree;

/**
 * The housekeeping half of cyr_expire on the message index: records that expunge_mode delayed kept, and the
 * duplicate-delivery records of duplicatesuppression. Files go only after the records are gone (a crash in
 * between leaves files without records, which startup recovery removes).
 */
final class Purger {
    private static final Logger LOG = Logger.getLogger(Purger.class.getName());
    /** Bounds one transaction: a mailbox with a million expunged records is purged in slices. */
    private static final int SLICE = 5000;

    private final Transactions transactions;
    private final MessageFiles files;

    Purger(Transactions transactions, MessageFiles files) {
        this.transactions = transactions;
        this.files = files;
    }

    private record Expunged(long mailboxId, long uid, long modSeq, Path file) {
    }

    int purgeExpunged(Instant before, String prefix) {
        int total = 0;
        while (true) {
            List<Expunged> slice = transactions.run(c -> purgeSlice(c, before, prefix));
            for (Expunged e : slice) {
                try {
                    Files.deleteIfExists(e.file());
                } catch (IOException ex) {
                    LOG.log(Level.WARNING, "cannot remove purged message file " + e.file() + "; startup recovery will",
                            ex);
                }
            }
            total += slice.size();
            if (slice.size() < SLICE) {
                return total;
            }
        }
    }

    private List<Expunged> purgeSlice(Connection c, Instant before, String prefix) throws SQLException {
        List<Expunged> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT m.mailbox_id, m.uid, b.partition_name, b.name, "
                + "m.modseq FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id "
                + "WHERE m.expunged = TRUE AND (m.expunged_at IS NULL OR m.expunged_at < ?) "
                + "AND b.name LIKE ? ESCAPE '!' ORDER BY m.mailbox_id, m.uid")) {
            s.setObject(1, MessageIndex.utc(before));
            s.setString(2, MailboxTree.prefixLike(prefix));
            s.setMaxRows(SLICE);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Path dir = files.mailboxDirectory(r.getString(3), r.getString(4));
                    found.add(new Expunged(r.getLong(1), r.getLong(2), r.getLong(5),
                            MessageFiles.messageFile(dir, r.getLong(2))));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM messages WHERE mailbox_id = ? AND uid = ?")) {
            for (Expunged e : found) {
                s.setLong(1, e.mailboxId());
                s.setLong(2, e.uid());
                s.addBatch();
            }
            s.executeBatch();
        }
        // QRESYNC from before these expunges can no longer be answered exactly (Cyrus's deletedmodseq)
        Map<Long, Long> purgedThrough = new HashMap<>();
        for (Expunged e : found) {
            purgedThrough.merge(e.mailboxId(), e.modSeq(), Math::max);
        }
        for (Map.Entry<Long, Long> e : purgedThrough.entrySet()) {
            VanishedIndex.recordPurge(c, e.getKey(), e.getValue());
        }
        return found;
    }

    int pruneDeliveries(Instant before) {
        return transactions.run(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM duplicate_deliveries WHERE delivered < ?")) {
                s.setObject(1, MessageIndex.utc(before));
                return s.executeUpdate();
            }
        });
    }
}
