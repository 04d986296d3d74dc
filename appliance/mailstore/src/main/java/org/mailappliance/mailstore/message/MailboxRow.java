package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The counters of one mailbox row as a writer sees them: read with the row locked ({@code FOR UPDATE}, which H2
 * and PostgreSQL both honour per row), so UID and modseq allocation are serialised per mailbox until commit,
 * and records become visible in UID order.
 */
record MailboxRow(long id, String name, String partition, long uidValidity, long uidNext, long highestModSeq,
        long deletedModSeq) {

    /** Locks and reads the active mailbox {@code name}; empty when there is none. */
    static Optional<MailboxRow> lock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, partition_name, uidvalidity, uidnext, "
                + "highestmodseq, deleted_modseq FROM mailboxes WHERE name = ? AND state = 'active' FOR UPDATE")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** Reads without locking (for readers). */
    static Optional<MailboxRow> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, partition_name, uidvalidity, uidnext, "
                + "highestmodseq, deleted_modseq FROM mailboxes WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static MailboxRow read(ResultSet r) throws SQLException {
        return new MailboxRow(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6),
                r.getLong(7));
    }

    /** Stores the new counters; the caller holds the lock from {@link #lock}. */
    void advance(Connection c, long newUidNext, long newHighestModSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE mailboxes SET uidnext = ?, highestmodseq = ? WHERE id = ?")) {
            s.setLong(1, newUidNext);
            s.setLong(2, newHighestModSeq);
            s.setLong(3, id);
            s.executeUpdate();
        }
    }
}
