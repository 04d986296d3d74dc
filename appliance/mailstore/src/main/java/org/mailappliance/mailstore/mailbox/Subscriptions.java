package org.mailappliance.mailstore.mailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.SqlStates;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;

/**
 * Users' subscriptions (LSUB / LIST (SUBSCRIBED)), by internal mailbox name. Like Cyrus, a subscription may name a
 * mailbox that does not exist (any more); access checks are the IMAP layer's.
 */
public final class Subscriptions {
    private final Database database;
    private final ChangeEvents events;

    public Subscriptions(Database database, ChangeEvents events) {
        this.database = database;
        this.events = events;
    }

    /** @return false if the user was already subscribed (nothing changes, nothing is published) */
    public boolean subscribe(String user, String mailbox) {
        MailboxNames.requireValid(mailbox);
        boolean added = database.inTransaction(c -> add(c, user, mailbox));
        if (added) {
            events.publish(new ChangeEvent.SubscriptionChanged(user, mailbox));
        }
        return added;
    }

    /** @return false if the user was not subscribed */
    public boolean unsubscribe(String user, String mailbox) {
        boolean removed = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriptions WHERE userid = ? AND mailbox = ?")) {
                s.setString(1, user);
                s.setString(2, mailbox);
                return s.executeUpdate() > 0;
            }
        });
        if (removed) {
            events.publish(new ChangeEvent.SubscriptionChanged(user, mailbox));
        }
        return removed;
    }

    /** The user's subscriptions, in name order. */
    public List<String> of(String user) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT mailbox FROM subscriptions WHERE userid = ? ORDER BY mailbox")) {
                s.setString(1, user);
                List<String> names = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.add(r.getString(1));
                    }
                }
                return names;
            }
        });
    }

    public boolean isSubscribed(String user, String mailbox) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM subscriptions WHERE userid = ? AND mailbox = ?")) {
                s.setString(1, user);
                s.setString(2, mailbox);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** Adds inside the caller's transaction; false if present. */
    static boolean add(Connection c, String user, String mailbox) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM subscriptions WHERE userid = ? AND mailbox = ?")) {
            s.setString(1, user);
            s.setString(2, mailbox);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO subscriptions (userid, mailbox) VALUES (?, ?)")) {
            s.setString(1, user);
            s.setString(2, mailbox);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Removes all of a user's subscriptions inside the caller's transaction (user deletion). */
    static void removeUser(Connection c, String user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM subscriptions WHERE userid = ?")) {
            s.setString(1, user);
            s.executeUpdate();
        }
    }
}
