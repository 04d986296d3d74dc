package org.mailappliance.mailstore.mailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.mailappliance.mailstore.db.Database;

/**
 * Who has seen which messages as \Recent (RFC 3501 §2.3.2): per mailbox, the highest UID some read-write session
 * was already shown. A session claims the UIDs above it; claiming is atomic, so exactly one session sees each
 * message as recent.
 */
public final class RecentUids {
    private final Database database;

    public RecentUids(Database database) {
        this.database = database;
    }

    /**
     * Raises the mark to {@code upToUid} and returns the mark before: the caller shows the UIDs in
     * {@code (previous, upToUid]} as recent. Another session claiming concurrently waits for the row lock.
     *
     * @throws NoSuchMailboxException if there is no such mailbox
     */
    public long claim(String mailbox, long upToUid) {
        return database.inTransaction(c -> claim(c, mailbox, upToUid));
    }

    /** {@link #claim(String, long)} inside the caller's transaction (the message store's group commit). */
    public static long claim(Connection c, String mailbox, long upToUid) throws SQLException {
        long previous = read(c, mailbox, " FOR UPDATE");
        if (upToUid > previous) {
            try (PreparedStatement s = c.prepareStatement("UPDATE mailboxes SET recent_uid = ? WHERE name = ?")) {
                s.setLong(1, upToUid);
                s.setString(2, mailbox);
                s.executeUpdate();
            }
        }
        return previous;
    }

    /** The mark without claiming (STATUS RECENT counts the UIDs above it). */
    public long mark(String mailbox) {
        return database.withConnection(c -> read(c, mailbox, ""));
    }

    private static long read(Connection c, String mailbox, String lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT recent_uid FROM mailboxes WHERE name = ?" + lock)) {
            s.setString(1, mailbox);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NoSuchMailboxException(mailbox);
                }
                return r.getLong(1);
            }
        }
    }
}
