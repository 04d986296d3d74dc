package org.mailappliance.imap.mailbox;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * What STATUS reports about a mailbox, read in one transaction so the numbers agree with each other. The store has
 * no counting API, so this reads its tables directly (messages, mailboxes; read only).
 *
 * <p>RECENT counts messages above the mailbox's {@code recent_uid}, a column the store does not have yet; until it
 * exists {@link Counts#recent()} is empty and STATUS leaves RECENT out rather than invent a number.
 */
final class MailboxCounts {
    private static final int SEEN = SystemFlag.SEEN.bit();
    private static final int DELETED = SystemFlag.DELETED.bit();

    /** @param unseen empty unless asked for; @param recent empty when the store cannot tell */
    record Counts(long uidNext, long uidValidity, long highestModSeq, long messages, long deleted, long size,
                  long unseen, OptionalLong recent) {
    }

    private final MailStore store;
    private volatile Boolean hasRecentColumn;

    MailboxCounts(MailStore store) {
        this.store = store;
    }

    /**
     * @param seenUids for a user who does not own the mailbox: its \Seen set from the seen state (null: nothing
     *                 seen); ignored for the owner, whose \Seen is the message flag
     */
    Counts count(Mailbox mailbox, boolean owner, String seenUids) {
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
            return new Counts(row[0], row[1], row[2], messages, deleted, size, unseen, recent(c, mailbox.id()));
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

    private OptionalLong recent(Connection c, long id) throws SQLException {
        if (!recentColumn(c)) {
            return OptionalLong.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM messages m JOIN mailboxes b "
                + "ON b.id = m.mailbox_id WHERE b.id = ? AND m.expunged = FALSE AND m.uid > b.recent_uid")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return OptionalLong.of(r.getLong(1));
            }
        }
    }

    /** Whether the store's schema has mailboxes.recent_uid (looked up once: the store migrates only when opened). */
    private boolean recentColumn(Connection c) throws SQLException {
        Boolean known = hasRecentColumn;
        if (known == null) {
            known = false;
            DatabaseMetaData meta = c.getMetaData();
            for (String table : List.of("mailboxes", "MAILBOXES")) {
                try (ResultSet r = meta.getColumns(null, null, table, null)) {
                    while (r.next()) {
                        known |= r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals("recent_uid");
                    }
                }
            }
            hasRecentColumn = known;
        }
        return known;
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
