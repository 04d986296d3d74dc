package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * SQL for QRESYNC's VANISHED (RFC 7162 §3.2.5, §3.2.6): the expunged records kept per {@code expunge_mode}, and
 * the mailbox's {@code deleted_modseq}, the highest modseq whose expunged records are no longer kept.
 */
final class VanishedIndex {
    private VanishedIndex() {
    }

    /**
     * Expunged records up to {@code modSeq} were deleted (immediate expunge, cyr_expire -X). The value only ever
     * rises, so this needs no lock beyond the row lock of the update itself.
     */
    static void recordPurge(Connection c, long mailboxId, long modSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE mailboxes SET deleted_modseq = ? WHERE id = ? AND deleted_modseq < ?")) {
            s.setLong(1, modSeq);
            s.setLong(2, mailboxId);
            s.setLong(3, modSeq);
            s.executeUpdate();
        }
    }

    static long deletedModSeq(Connection c, long mailboxId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT deleted_modseq FROM mailboxes WHERE id = ?")) {
            s.setLong(1, mailboxId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** UIDs of the kept expunged records whose expunge came after {@code modSeq}, ascending. */
    static long[] expungedSince(Connection c, long mailboxId, long modSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT uid FROM messages WHERE mailbox_id = ? AND modseq > ? "
                + "AND expunged = TRUE ORDER BY uid")) {
            s.setLong(1, mailboxId);
            s.setLong(2, modSeq);
            long[] out = new long[16];
            int n = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = r.getLong(1);
                }
            }
            return Arrays.copyOf(out, n);
        }
    }
}
