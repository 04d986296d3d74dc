package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** SQL on the message index tables (messages, message_keywords, duplicate_deliveries). */
final class MessageIndex {
    static final String FILE_PRESENT = "present";
    static final String FILE_REMOVED = "removed";
    static final String FILE_MISSING = "missing";

    private static final String RECORD_COLUMNS = "uid, modseq, internaldate, savedate, size, header_size, guid, "
            + "system_flags, expunged, expunge_modseq";
    /** The columns of {@code message_cache} besides its key. */
    private static final String CACHED_VALUES = "envelope, body, bodystructure, hdr_subject, hdr_from, hdr_to, hdr_cc, "
            + "hdr_date, sent_date, hdr_message_id, hdr_references, hdr_in_reply_to, " + SortKeyColumns.COLUMNS;
    private static final String CACHE_COLUMNS = "envelope, body, bodystructure, header_size, hdr_subject, hdr_from, "
            + "hdr_to, hdr_cc, hdr_date, sent_date, hdr_message_id, hdr_references, hdr_in_reply_to, "
            + SortKeyColumns.COLUMNS;
    /** A message's index row with its cache row; the key columns are named {@code m.mailbox_id}, {@code m.uid}. */
    static final String WITH_CACHE = "messages m JOIN message_cache c ON c.mailbox_id = m.mailbox_id AND c.uid = m.uid";
    private static final int MAX_CACHED = 1_000_000;

    private MessageIndex() {
    }

    record NewMessage(long uid, long modSeq, Instant internalDate, Instant saveDate, long size, String guid,
            Flags flags, MessageCache cache) {
    }

    static void insert(Connection c, long mailboxId, NewMessage m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO messages (mailbox_id, uid, modseq, internaldate, "
                + "savedate, size, header_size, guid, system_flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, mailboxId);
            s.setLong(2, m.uid());
            s.setLong(3, m.modSeq());
            s.setObject(4, utc(m.internalDate()));
            s.setObject(5, utc(m.saveDate()));
            s.setLong(6, m.size());
            s.setLong(7, m.cache().headerSize());
            s.setString(8, m.guid());
            s.setInt(9, m.flags().systemBits());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_cache (mailbox_id, uid, "
                + CACHED_VALUES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + SortKeyColumns.PLACEHOLDERS
                + ")")) {
            MessageCache cache = m.cache();
            SortFields f = cache.sortFields();
            s.setLong(1, mailboxId);
            s.setLong(2, m.uid());
            s.setString(3, fitting(cache.envelope()));
            s.setString(4, fitting(cache.body()));
            s.setString(5, fitting(cache.bodyStructure()));
            s.setString(6, f.subject());
            s.setString(7, f.from());
            s.setString(8, f.to());
            s.setString(9, f.cc());
            s.setString(10, f.date());
            if (f.sentDate() == null) {
                s.setNull(11, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                s.setObject(11, utc(f.sentDate()));
            }
            s.setString(12, f.messageId());
            s.setString(13, f.references());
            s.setString(14, f.inReplyTo());
            SortKeyColumns.bind(s, 15, cache.sortKeys());
            s.executeUpdate();
        }
        addKeywords(c, mailboxId, m.uid(), m.flags().keywords());
    }

    /** Copies a record (cache, flags, keywords, INTERNALDATE) under a new UID, possibly into another mailbox. */
    static void copy(Connection c, long fromMailbox, long fromUid, long toMailbox, long toUid, long modSeq,
            Instant saveDate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO messages (mailbox_id, uid, modseq, internaldate, "
                + "savedate, size, header_size, guid, system_flags) "
                + "SELECT ?, ?, ?, internaldate, ?, size, header_size, guid, system_flags "
                + "FROM messages WHERE mailbox_id = ? AND uid = ?")) {
            s.setLong(1, toMailbox);
            s.setLong(2, toUid);
            s.setLong(3, modSeq);
            s.setObject(4, utc(saveDate));
            s.setLong(5, fromMailbox);
            s.setLong(6, fromUid);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_cache (mailbox_id, uid, " + CACHED_VALUES
                + ") SELECT ?, ?, " + CACHED_VALUES + " FROM message_cache WHERE mailbox_id = ? AND uid = ?")) {
            s.setLong(1, toMailbox);
            s.setLong(2, toUid);
            s.setLong(3, fromMailbox);
            s.setLong(4, fromUid);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO message_keywords (mailbox_id, uid, keyword) "
                + "SELECT ?, ?, keyword FROM message_keywords WHERE mailbox_id = ? AND uid = ?")) {
            s.setLong(1, toMailbox);
            s.setLong(2, toUid);
            s.setLong(3, fromMailbox);
            s.setLong(4, fromUid);
            s.executeUpdate();
        }
    }

    static void addKeywords(Connection c, long mailboxId, long uid, Set<String> keywords) throws SQLException {
        keywordBatch(c, "INSERT INTO message_keywords (mailbox_id, uid, keyword) VALUES (?, ?, ?)",
                mailboxId, uid, keywords);
    }

    static void removeKeywords(Connection c, long mailboxId, long uid, Set<String> keywords) throws SQLException {
        keywordBatch(c, "DELETE FROM message_keywords WHERE mailbox_id = ? AND uid = ? AND keyword = ?",
                mailboxId, uid, keywords);
    }

    /** One batched statement per keyword of one message; {@code sql} takes (mailbox_id, uid, keyword). */
    private static void keywordBatch(Connection c, String sql, long mailboxId, long uid, Set<String> keywords)
            throws SQLException {
        if (keywords.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String k : keywords) {
                s.setLong(1, mailboxId);
                s.setLong(2, uid);
                s.setString(3, k);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void updateFlags(Connection c, long mailboxId, long uid, int systemBits, long modSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE messages SET system_flags = ?, modseq = ? WHERE mailbox_id = ? AND uid = ?")) {
            s.setInt(1, systemBits);
            s.setLong(2, modSeq);
            s.setLong(3, mailboxId);
            s.setLong(4, uid);
            s.executeUpdate();
        }
    }

    /** Records with {@code first <= uid <= last}; expunged ones only when asked. Ascending by UID. */
    static List<MessageRecord> records(Connection c, String mailbox, long mailboxId, long first, long last,
            boolean withExpunged) throws SQLException {
        String sql = "SELECT " + RECORD_COLUMNS + " FROM messages WHERE mailbox_id = ? AND uid BETWEEN ? AND ?"
                + (withExpunged ? "" : " AND expunged = FALSE") + " ORDER BY uid";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, mailboxId);
            s.setLong(2, first);
            s.setLong(3, last);
            return readRecords(c, s, mailbox, mailboxId, first, last);
        }
    }

    /** Records (expunged too) with modseq above {@code modSeq}, ascending by UID. */
    static List<MessageRecord> changedSince(Connection c, String mailbox, long mailboxId, long modSeq)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + RECORD_COLUMNS
                + " FROM messages WHERE mailbox_id = ? AND modseq > ? ORDER BY uid")) {
            s.setLong(1, mailboxId);
            s.setLong(2, modSeq);
            return readRecords(c, s, mailbox, mailboxId, 1, 0xFFFF_FFFFL);
        }
    }

    private static List<MessageRecord> readRecords(Connection c, PreparedStatement s, String mailbox, long mailboxId,
            long first, long last) throws SQLException {
        record Row(long uid, long modSeq, Instant internal, Instant save, long size, long headerSize, String guid,
                int bits, boolean expunged, long expungeModSeq) {
        }
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getLong(2), instant(r, 3), instant(r, 4), r.getLong(5), r.getLong(6),
                        r.getString(7), r.getInt(8), r.getBoolean(9), r.getLong(10)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> keywords = keywords(c, mailboxId, rows.get(0).uid(), rows.get(rows.size() - 1).uid());
        List<MessageRecord> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            out.add(new MessageRecord(mailbox, row.uid(), row.modSeq(), row.internal(), row.save(), row.size(),
                    row.headerSize(), row.guid(), new Flags(row.bits(), keywords.getOrDefault(row.uid(), Set.of())),
                    row.expunged(), row.expungeModSeq()));
        }
        return out;
    }

    static Map<Long, Set<String>> keywords(Connection c, long mailboxId, long first, long last) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT uid, keyword FROM message_keywords WHERE mailbox_id = ? AND uid BETWEEN ? AND ?")) {
            s.setLong(1, mailboxId);
            s.setLong(2, first);
            s.setLong(3, last);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new TreeSet<>()).add(r.getString(2));
                }
            }
        }
        return out;
    }

    static MessageCache cache(Connection c, long mailboxId, long uid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CACHE_COLUMNS
                + " FROM " + WITH_CACHE + " WHERE m.mailbox_id = ? AND m.uid = ? AND m.expunged = FALSE")) {
            s.setLong(1, mailboxId);
            s.setLong(2, uid);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? readCache(r) : null;
            }
        }
    }

    /** The caches of the unexpunged messages with {@code first <= uid <= last}, by UID (FETCH of a batch). */
    static Map<Long, MessageCache> caches(Connection c, long mailboxId, long first, long last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CACHE_COLUMNS + ", m.uid FROM " + WITH_CACHE
                + " WHERE m.mailbox_id = ? AND m.uid BETWEEN ? AND ? AND m.expunged = FALSE")) {
            s.setLong(1, mailboxId);
            s.setLong(2, first);
            s.setLong(3, last);
            Map<Long, MessageCache> out = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getLong(14 + SortKeyColumns.COUNT), readCache(r));
                }
            }
            return out;
        }
    }

    private static MessageCache readCache(ResultSet r) throws SQLException {
        SortFields fields = new SortFields(r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                r.getString(9), instant(r, 10), r.getString(11), r.getString(12), r.getString(13));
        return new MessageCache(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), fields,
                SortKeyColumns.read(r, 14, () -> fields));
    }

    /** The file state of an unexpunged record, or null when there is none. */
    static String fileState(Connection c, long mailboxId, long uid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT file_state FROM messages WHERE mailbox_id = ? AND uid = ? AND expunged = FALSE")) {
            s.setLong(1, mailboxId);
            s.setLong(2, uid);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static boolean isDuplicate(Connection c, String mailbox, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM duplicate_deliveries WHERE mailbox_name = ? AND message_id = ?")) {
            s.setString(1, mailbox);
            s.setString(2, messageId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static void recordDelivery(Connection c, String mailbox, String messageId, Instant when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO duplicate_deliveries (message_id, mailbox_name, delivered) VALUES (?, ?, ?)")) {
            s.setString(1, messageId);
            s.setString(2, mailbox);
            s.setObject(3, utc(when));
            s.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A pre-rendered value too long for its column is not cached; FETCH then computes it from the file. */
    private static String fitting(String value) {
        return value != null && value.length() > MAX_CACHED ? null : value;
    }

}
