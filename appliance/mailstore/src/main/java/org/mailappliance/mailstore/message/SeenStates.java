package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.SqlStates;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;

/**
 * Per-user \Seen for mailboxes the user does not own (the owner's \Seen is the message flag, as in Cyrus).
 * The IMAP layer decides whose \Seen a STORE or FETCH touches; this keeps the UID sets.
 */
public final class SeenStates {
    private final Transactions transactions;
    private final ChangeEvents events;
    private final Clock clock;

    public SeenStates(Database database, ChangeEvents events) {
        this(database, events, Clock.systemUTC());
    }

    public SeenStates(Database database, ChangeEvents events, Clock clock) {
        this.transactions = new Transactions(database);
        this.events = events;
        this.clock = clock;
    }

    public Optional<SeenState> get(String user, String mailbox) {
        return transactions.run(c -> {
            long id = MailboxRow.find(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox)).id();
            try (PreparedStatement s = c.prepareStatement("SELECT seen_uids, seen_modseq, last_change FROM seen_state "
                    + "WHERE userid = ? AND mailbox_id = ?")) {
                s.setString(1, user);
                s.setLong(2, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new SeenState(user, mailbox, r.getString(1), r.getLong(2),
                            MessageIndex.instant(r, 3))) : Optional.<SeenState>empty();
                }
            }
        });
    }

    /** Replaces the user's seen set of the mailbox and publishes {@link ChangeEvent.SeenChanged}. */
    public void put(String user, String mailbox, String seenUids) {
        transactions.run(c -> {
            MailboxRow row = MailboxRow.lock(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox));
            if (update(c, user, row, seenUids) == 0) {
                insert(c, user, row, seenUids);
            }
            return null;
        });
        ChangePublisher.publish(events, new ChangeEvent.SeenChanged(user, mailbox));
    }

    private int update(Connection c, String user, MailboxRow row, String seenUids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE seen_state SET seen_uids = ?, seen_modseq = ?, "
                + "last_change = ? WHERE userid = ? AND mailbox_id = ?")) {
            s.setString(1, seenUids);
            s.setLong(2, row.highestModSeq());
            s.setObject(3, MessageIndex.utc(clock.instant()));
            s.setString(4, user);
            s.setLong(5, row.id());
            return s.executeUpdate();
        }
    }

    private void insert(Connection c, String user, MailboxRow row, String seenUids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO seen_state (userid, mailbox_id, seen_uids, "
                + "seen_modseq, last_change) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, user);
            s.setLong(2, row.id());
            s.setString(3, seenUids);
            s.setLong(4, row.highestModSeq());
            s.setObject(5, MessageIndex.utc(clock.instant()));
            s.executeUpdate();
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new SQLException("concurrent first write of seen state", "40001", e);
            }
            throw e;
        }
    }
}
