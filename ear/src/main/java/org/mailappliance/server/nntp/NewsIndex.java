package org.mailappliance.server.nntp;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.nntp.port.Overview;

/**
 * The read queries NNTP needs on the message index that the store's record API would answer one message (or one
 * whole mailbox) at a time: group counters, overview rows from the cached header columns, Message-ID lookup. Read
 * only; every write goes through the store's own delivery path.
 */
final class NewsIndex {
    /** The last number of a BODY value: for a TEXT part (or message/rfc822) that is its line count. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\)\\s*$");

    private final Database database;

    NewsIndex(Database database) {
        this.database = database;
    }

    /** Counters of one group: count, lowest and highest unexpunged UID (zero count: low and high are 0). */
    record Counters(long count, long low, long high) {
    }

    Counters counters(long mailboxId) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MIN(uid), MAX(uid) FROM messages "
                    + "WHERE mailbox_id = ? AND expunged = FALSE")) {
                s.setLong(1, mailboxId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Counters(r.getLong(1), r.getLong(2), r.getLong(3));
                }
            }
        });
    }

    List<Long> numbers(long mailboxId, long low, long high) {
        return database.withConnection(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT uid FROM messages WHERE mailbox_id = ? "
                    + "AND uid BETWEEN ? AND ? AND expunged = FALSE ORDER BY uid")) {
                bind(s, mailboxId, low, high);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    List<Overview> overview(long mailboxId, long low, long high) {
        return database.withConnection(c -> {
            List<Overview> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.uid, size, internaldate, hdr_subject, hdr_from, "
                    + "hdr_date, hdr_message_id, hdr_references, body FROM messages m JOIN message_cache c "
                    + "ON c.mailbox_id = m.mailbox_id AND c.uid = m.uid WHERE m.mailbox_id = ? "
                    + "AND m.uid BETWEEN ? AND ? AND expunged = FALSE ORDER BY m.uid")) {
                bind(s, mailboxId, low, high);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Timestamp arrived = r.getTimestamp(3);
                        out.add(new Overview(r.getLong(1), r.getString(4), r.getString(5), r.getString(6),
                                r.getString(7), r.getString(8), r.getLong(2), lines(r.getString(9)),
                                arrived.toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Header size of one unexpunged message, if there is one. */
    Optional<Long> headerSize(long mailboxId, long uid) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT header_size FROM messages WHERE mailbox_id = ? "
                    + "AND uid = ? AND expunged = FALSE")) {
                s.setLong(1, mailboxId);
                s.setLong(2, uid);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Mailboxes (name, uid) holding an unexpunged message with this Message-ID, below a name prefix. */
    List<Located> byMessageId(String messageId, String prefix) {
        return database.withConnection(c -> {
            List<Located> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT b.name, m.uid FROM messages m JOIN message_cache c "
                    + "ON c.mailbox_id = m.mailbox_id AND c.uid = m.uid JOIN mailboxes b "
                    + "ON b.id = m.mailbox_id WHERE c.hdr_message_id = ? AND m.expunged = FALSE "
                    + "AND b.name LIKE ? ORDER BY b.name, m.uid")) {
                s.setString(1, messageId);
                s.setString(2, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Located(r.getString(1), r.getLong(2)));
                    }
                }
            }
            return out;
        });
    }

    record Located(String mailbox, long uid) {
    }

    private static void bind(PreparedStatement s, long mailboxId, long low, long high) throws SQLException {
        s.setLong(1, mailboxId);
        s.setLong(2, Math.max(1, low));
        s.setLong(3, Math.min(high, 4294967295L));
    }

    /**
     * :lines from the cached BODY value when the message is a single TEXT part (its line count is the last
     * number); -1 (empty in the overview) for multipart messages, whose BODY has no total line count.
     */
    static long lines(String body) {
        if (body == null || !body.toUpperCase(Locale.ROOT).startsWith("(\"TEXT\"")) {
            return -1;
        }
        Matcher m = TRAILING_NUMBER.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

}
