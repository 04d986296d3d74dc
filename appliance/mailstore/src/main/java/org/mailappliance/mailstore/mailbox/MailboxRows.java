package org.mailappliance.mailstore.mailbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailappliance.mailstore.db.SqlStates;

/** SQL on the mailbox list, always inside a caller's connection or transaction. */
final class MailboxRows {
    static final String COLUMNS = "id, name, uniqueid, mbtype, partition_name, server, acl, uidvalidity, uidnext, "
            + "highestmodseq, special_use, quota_root, state, created";

    /** A mailbox row read under lock, with what it contributes to its quota root. */
    record Locked(Mailbox mailbox, long usedBytes, long usedMessages) {
    }

    private MailboxRows() {
    }

    static long insert(Connection c, Mailbox m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO mailboxes (name, uniqueid, mbtype, partition_name, "
                + "server, acl, uidvalidity, uidnext, highestmodseq, special_use, quota_root, state, created) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, m.name());
            s.setString(2, m.uniqueId());
            s.setString(3, m.type());
            s.setString(4, m.partition());
            s.setString(5, m.server());
            s.setString(6, m.acl());
            s.setLong(7, m.uidValidity());
            s.setLong(8, m.uidNext());
            s.setLong(9, m.highestModSeq());
            s.setString(10, m.specialUse());
            s.setString(11, m.quotaRoot());
            s.setString(12, m.state().dbValue());
            s.setObject(13, m.created().atOffset(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for mailbox " + m.name());
                }
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new MailboxExistsException(m.name());
            }
            throw e;
        }
    }

    static Optional<Mailbox> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM mailboxes WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    /** The nearest existing (active) strict ancestor of {@code name}, Cyrus's mboxlist_findparent. */
    static Optional<Mailbox> nearestAncestor(Connection c, String name) throws SQLException {
        for (String n = MailboxTree.parent(name); n != null; n = MailboxTree.parent(n)) {
            Optional<Mailbox> found = find(c, n);
            if (found.isPresent() && found.get().state() == MailboxState.ACTIVE) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Locks and reads the mailbox and (when {@code withDescendants}) every mailbox below it, in name order. */
    static List<Locked> lock(Connection c, String name, boolean withDescendants) throws SQLException {
        String where = withDescendants ? "name = ? OR name LIKE ? ESCAPE '!'" : "name = ?";
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", quota_used_bytes, quota_used_messages "
                + "FROM mailboxes WHERE " + where + " ORDER BY name FOR UPDATE")) {
            s.setString(1, name);
            if (withDescendants) {
                s.setString(2, MailboxTree.descendantsLike(name));
            }
            List<Locked> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Locked(read(r), r.getLong(15), r.getLong(16)));
                }
            }
            return rows;
        }
    }

    /** Mailboxes in {@code state} whose name starts with {@code prefix}, in name order. */
    static List<Mailbox> list(Connection c, String prefix, MailboxState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM mailboxes WHERE name LIKE ? ESCAPE '!' AND state = ? ORDER BY name")) {
            s.setString(1, MailboxTree.prefixLike(prefix));
            s.setString(2, state.dbValue());
            List<Mailbox> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(read(r));
                }
            }
            return rows;
        }
    }

    static boolean hasDescendants(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM mailboxes WHERE name LIKE ? ESCAPE '!' AND state = 'active'")) {
            s.setString(1, MailboxTree.descendantsLike(name));
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void rename(Connection c, long id, String newName, String quotaRoot, MailboxState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE mailboxes SET name = ?, quota_root = ?, state = ? WHERE id = ?")) {
            s.setString(1, newName);
            s.setString(2, quotaRoot);
            s.setString(3, state.dbValue());
            s.setLong(4, id);
            s.executeUpdate();
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new MailboxExistsException(newName);
            }
            throw e;
        }
    }

    static void setAcl(Connection c, long id, String acl) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE mailboxes SET acl = ? WHERE id = ?")) {
            s.setString(1, acl);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM mailboxes WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    static Mailbox read(ResultSet r) throws SQLException {
        return new Mailbox(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getString(11), r.getString(12),
                MailboxState.fromDb(r.getString(13)), r.getObject(14, OffsetDateTime.class).toInstant());
    }

    static Mailbox withId(Mailbox m, long id) {
        return new Mailbox(id, m.name(), m.uniqueId(), m.type(), m.partition(), m.server(), m.acl(), m.uidValidity(),
                m.uidNext(), m.highestModSeq(), m.specialUse(), m.quotaRoot(), m.state(), m.created());
    }
}
