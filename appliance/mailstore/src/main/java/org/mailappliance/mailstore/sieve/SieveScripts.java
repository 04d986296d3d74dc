package org.mailappliance.mailstore.sieve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailappliance.mailstore.db.Database;

/**
 * The Sieve scripts of users (ManageSieve, RFC 5804): stored per user by name, at most one of them active. Each
 * change runs in one transaction that first locks the user's rows, so the script-count limit and the single active
 * script hold against concurrent sessions of the same user.
 */
public final class SieveScripts {

    /** A script's name and whether it is the active one. */
    public record Entry(String name, boolean active) {
    }

    /** What {@link #put} did. */
    public enum PutResult { CREATED, REPLACED, TOO_MANY_SCRIPTS }

    /** What {@link #delete} did. */
    public enum DeleteResult { DELETED, NONEXISTENT, ACTIVE }

    /** What {@link #rename} did. */
    public enum RenameResult { RENAMED, NONEXISTENT, ALREADY_EXISTS }

    private final Database database;

    public SieveScripts(Database database) {
        this.database = database;
    }

    /** The user's scripts, sorted by name. */
    public List<Entry> list(String userid) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT name, active FROM sieve_scripts WHERE userid = ? ORDER BY name")) {
                s.setString(1, userid);
                List<Entry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Entry(r.getString(1), r.getBoolean(2)));
                    }
                }
                return out;
            }
        });
    }

    /** The script's text, if the user has one of that name. */
    public Optional<String> get(String userid, String name) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content FROM sieve_scripts WHERE userid = ? AND name = ?")) {
                s.setString(1, userid);
                s.setString(2, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The user's active script, if one is active (what delivery will run). */
    public Optional<Entry> active(String userid) {
        return list(userid).stream().filter(Entry::active).findFirst();
    }

    /**
     * Stores a script, replacing one of the same name (which keeps its active state).
     *
     * @param maxScripts how many scripts a user may have; a new one beyond it is refused
     */
    public PutResult put(String userid, String name, String content, int maxScripts) {
        return database.inTransaction(c -> {
            List<String> names = lockUser(c, userid);
            if (names.contains(name)) {
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE sieve_scripts SET content = ? WHERE userid = ? AND name = ?")) {
                    u.setString(1, content);
                    u.setString(2, userid);
                    u.setString(3, name);
                    u.executeUpdate();
                }
                return PutResult.REPLACED;
            }
            if (names.size() >= maxScripts) {
                return PutResult.TOO_MANY_SCRIPTS;
            }
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO sieve_scripts (userid, name, content, active) VALUES (?, ?, ?, FALSE)")) {
                i.setString(1, userid);
                i.setString(2, name);
                i.setString(3, content);
                i.executeUpdate();
            }
            return PutResult.CREATED;
        });
    }

    /** Whether a script of {@code name} could be stored now without passing {@code maxScripts} (HAVESPACE). */
    public boolean roomFor(String userid, String name, int maxScripts) {
        List<Entry> scripts = list(userid);
        return scripts.stream().anyMatch(e -> e.name().equals(name)) || scripts.size() < maxScripts;
    }

    /**
     * Makes {@code name} the active script, or deactivates all with null.
     *
     * @return false when there is no such script (nothing changed)
     */
    public boolean setActive(String userid, String name) {
        return database.inTransaction(c -> {
            List<String> names = lockUser(c, userid);
            if (name != null && !names.contains(name)) {
                return false;
            }
            try (PreparedStatement u = c.prepareStatement(name == null
                    ? "UPDATE sieve_scripts SET active = FALSE WHERE userid = ?"
                    : "UPDATE sieve_scripts SET active = (name = ?) WHERE userid = ?")) {
                int i = 1;
                if (name != null) {
                    u.setString(i++, name);
                }
                u.setString(i, userid);
                u.executeUpdate();
            }
            return true;
        });
    }

    /** Deletes a script; the active one is refused (RFC 5804 §2.10). */
    public DeleteResult delete(String userid, String name) {
        return database.inTransaction(c -> {
            Boolean active = activeFlag(c, userid, name);
            if (active == null) {
                return DeleteResult.NONEXISTENT;
            }
            if (active) {
                return DeleteResult.ACTIVE;
            }
            try (PreparedStatement d = c.prepareStatement(
                    "DELETE FROM sieve_scripts WHERE userid = ? AND name = ?")) {
                d.setString(1, userid);
                d.setString(2, name);
                d.executeUpdate();
            }
            return DeleteResult.DELETED;
        });
    }

    /** Renames a script, keeping its content and active state. */
    public RenameResult rename(String userid, String from, String to) {
        return database.inTransaction(c -> {
            List<String> names = lockUser(c, userid);
            if (!names.contains(from)) {
                return RenameResult.NONEXISTENT;
            }
            if (names.contains(to)) {
                return RenameResult.ALREADY_EXISTS;
            }
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE sieve_scripts SET name = ? WHERE userid = ? AND name = ?")) {
                u.setString(1, to);
                u.setString(2, userid);
                u.setString(3, from);
                u.executeUpdate();
            }
            return RenameResult.RENAMED;
        });
    }

    /** Deletes every script of a user (the account is gone). */
    public void deleteAll(String userid) {
        database.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM sieve_scripts WHERE userid = ?")) {
                d.setString(1, userid);
                d.executeUpdate();
            }
            return null;
        });
    }

    private static List<String> lockUser(Connection c, String userid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name FROM sieve_scripts WHERE userid = ? ORDER BY name FOR UPDATE")) {
            s.setString(1, userid);
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        }
    }

    private static Boolean activeFlag(Connection c, String userid, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT active FROM sieve_scripts WHERE userid = ? AND name = ? FOR UPDATE")) {
            s.setString(1, userid);
            s.setString(2, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBoolean(1) : null;
            }
        }
    }
}
