package org.mailappliance.imap.mailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * What STATUS reports about a mailbox, read in one transaction so the numbers agree with each other. The store has
 * no counting API, so this reads its tables directly (messages, mailboxes; read only). RECENT counts the messages
 * above the store's \Recent mark ({@link org.mailappliance.mailstore.mailbox.RecentUids}), which SELECT claims.
 */
final class MailboxCounts {
    private static final int SEEN = SystemFlag.SEEN.bit();
    private static final int DELETED = SystemFlag.DELETED.bit();

    record Counts(long uidNext, long uidValidity, long highestModSeq, long messages, long deleted, long size,
                  long unseen, long recent) {
    }

    private final MailStore store;

    MailboxCounts(MailStore store) {
        this.store = store;
    }

    /**
     * @param seenUids for a user who does not own the mailbox: its \Seen set from the seen state (null: nothing
     *                 seen); ignored for the owner, whose \Seen is the message flag
     */
    Counts count(Mailbox mailbox, boolean owner, String seenUids) {
        long recentMark = store.recentUids().mark(mailbox.name());
        return store.database().inTransaction(c -> {
            long[] row = mailboxRow(c, mailbox.id());
            long messages = 0;
            long deleted = 0;
            long size = 0;
            long unseenFlag = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT system_flags, COUNT(*), COALESCE(SUM(size), 0) "
                    + "FROM messages WHERE mailbox_id = ? AND expunged = FALSE GROUP BY system_flags")) {
                s.setLong(1, mailbox.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int flags = r.getInt(1);
                        long n = r.getLong(2);
                        messages += n;
                        size += r.getLong(3);
                        deleted += (flags & DELETED) != 0 ? n : 0;
                        unseenFlag += (flags & SEEN) == 0 ? n : 0;
                    }
                }
            }
            long unseen = owner ? unseenFlag : unseenOutside(c, mailbox.id(), UidSet.parse(seenUids));
            return new Counts(row[0], row[1], row[2], messages, deleted, size, unseen, recent(c, mailbox.id(), recentMark));
        });
    }

    private static long[] mailboxRow(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT uidnext, uidvalidity, highestmodseq FROM mailboxes WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new org.mailappliance.mailstore.mailbox.NoSuchMailboxException(String.valueOf(id));
                }
                return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        }
    }

    private static long unseenOutside(Connection c, long id, UidSet seen) throws SQLException {
        long unseen = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT uid FROM messages WHERE mailbox_id = ? AND expunged = FALSE")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    unseen += seen.contains(r.getLong(1)) ? 0 : 1;
                }
            }
        }
        return unseen;
    }

    /** Messages above the mark no session has been shown as \Recent yet (RFC 3501 §2.3.2). */
    private static long recent(Connection c, long id, long recentMark) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM messages WHERE mailbox_id = ? AND expunged = FALSE AND uid > ?")) {
            s.setLong(1, id);
            s.setLong(2, recentMark);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** An IMAP UID set as the seen state keeps it ({@code 1:5,7}), for membership tests. */
    record UidSet(List<long[]> ranges) {
        static UidSet parse(String text) {
            List<long[]> ranges = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                for (String part : text.strip().split(",")) {
                    int colon = part.indexOf(':');
                    long a = Long.parseLong(colon < 0 ? part : part.substring(0, colon));
                    long b = colon < 0 ? a : Long.parseLong(part.substring(colon + 1));
                    ranges.add(new long[] {Math.min(a, b), Math.max(a, b)});
                }
            }
            return new UidSet(ranges);
        }

        boolean contains(long uid) {
            for (long[] r : ranges) {
                if (uid >= r[0] && uid <= r[1]) {
                    return true;
                }
            }
            return false;
        }
    }
}
