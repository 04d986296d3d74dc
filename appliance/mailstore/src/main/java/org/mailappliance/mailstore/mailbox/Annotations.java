package org.mailappliance.mailstore.mailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;

/**
 * Annotations / METADATA (RFC 5464) entries: per mailbox ({@link #SERVER} for server entries), shared
 * ({@link #SHARED} user id) or private to one user. Access checks are the IMAP layer's.
 */
public final class Annotations {
    /** The mailbox name of server annotations. */
    public static final String SERVER = "";
    /** The user id of shared values. */
    public static final String SHARED = "";

    private final Database database;
    private final ChangeEvents events;
    private final Clock clock;

    public Annotations(Database database, ChangeEvents events, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
    }

    public Optional<String> get(String mailbox, String entry, String userId) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT entry_value FROM annotations "
                    + "WHERE mailbox = ? AND entry = ? AND userid = ?")) {
                s.setString(1, mailbox);
                s.setString(2, entry);
                s.setString(3, userId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Every entry of the mailbox visible as {@code userId}'s values ({@link #SHARED} for shared), by entry name. */
    public Map<String, String> entries(String mailbox, String userId) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT entry, entry_value FROM annotations "
                    + "WHERE mailbox = ? AND userid = ? ORDER BY entry")) {
                s.setString(1, mailbox);
                s.setString(2, userId);
                Map<String, String> values = new LinkedHashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        values.put(r.getString(1), r.getString(2));
                    }
                }
                return values;
            }
        });
    }

    /**
     * Sets a value; {@code null} removes the entry (RFC 5464 NIL).
     *
     * @throws NoSuchMailboxException if {@code mailbox} is neither {@link #SERVER} nor an existing mailbox
     */
    public void set(String mailbox, String entry, String userId, String value) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("empty annotation entry name");
        }
        boolean changed = database.inTransaction(c -> {
            if (!mailbox.equals(SERVER) && MailboxRows.find(c, mailbox).filter(m -> m.state() == MailboxState.ACTIVE)
                    .isEmpty()) {
                throw new NoSuchMailboxException(mailbox);
            }
            int removed;
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM annotations WHERE mailbox = ? AND entry = ? AND userid = ?")) {
                s.setString(1, mailbox);
                s.setString(2, entry);
                s.setString(3, userId);
                removed = s.executeUpdate();
            }
            if (value == null) {
                return removed > 0;
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO annotations (mailbox, entry, userid, "
                    + "entry_value, modified) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, mailbox);
                s.setString(2, entry);
                s.setString(3, userId);
                s.setString(4, value);
                s.setObject(5, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            return true;
        });
        if (changed) {
            events.publish(new ChangeEvent.AnnotationChanged(mailbox));
        }
    }

    /** Moves a mailbox's annotations to its new name, inside the caller's transaction. */
    static void rename(Connection c, String from, String to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotations SET mailbox = ? WHERE mailbox = ?")) {
            s.setString(1, to);
            s.setString(2, from);
            s.executeUpdate();
        }
    }

    /** Removes a mailbox's annotations, inside the caller's transaction. */
    static void removeMailbox(Connection c, String mailbox) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotations WHERE mailbox = ?")) {
            s.setString(1, mailbox);
            s.executeUpdate();
        }
    }

    /** Removes a user's private values everywhere, inside the caller's transaction (user deletion). */
    static void removeUser(Connection c, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM annotations WHERE userid = ?")) {
            s.setString(1, user);
            s.executeUpdate();
        }
    }
}
