package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link SortRecord}s: every record above a UID in one query (a whole mailbox at once), or a few named UIDs.
 * Expunged records are read too: a session may still show a message it has not been told is expunged.
 */
final class SortRecords {
    /** The header values a row stored before the sort keys needs; NULL for the others, so they cost nothing. */
    private static final String COLUMNS = "m.uid, internaldate, size, sent_date, " + SortKeyColumns.COLUMNS
            + legacy("hdr_subject") + legacy("hdr_from") + legacy("hdr_to") + legacy("hdr_cc")
            + legacy("hdr_message_id") + legacy("hdr_references") + legacy("hdr_in_reply_to");
    private static final int IN_LIST = 500;

    private SortRecords() {
    }

    private static String legacy(String column) {
        return ", CASE WHEN sort_keys_version IS NULL THEN " + column + " END";
    }

    /** Records with UID above {@code afterUid}, ascending. */
    static List<SortRecord> above(Connection c, long mailboxId, long afterUid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM " + MessageIndex.WITH_CACHE + " WHERE m.mailbox_id = ? AND m.uid > ? ORDER BY m.uid")) {
            s.setLong(1, mailboxId);
            s.setLong(2, afterUid);
            s.setFetchSize(1000);
            return read(s);
        }
    }

    /** The records of the given UIDs that exist, in batches of a bounded IN list. */
    static List<SortRecord> of(Connection c, long mailboxId, long[] uids) throws SQLException {
        List<SortRecord> out = new ArrayList<>();
        for (int from = 0; from < uids.length; from += IN_LIST) {
            int n = Math.min(IN_LIST, uids.length - from);
            StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                    .append(" FROM ").append(MessageIndex.WITH_CACHE).append(" WHERE m.mailbox_id = ? AND m.uid IN (");
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement s = c.prepareStatement(sql.append(')').toString())) {
                s.setLong(1, mailboxId);
                for (int i = 0; i < n; i++) {
                    s.setLong(i + 2, uids[from + i]);
                }
                out.addAll(read(s));
            }
        }
        return out;
    }

    private static List<SortRecord> read(PreparedStatement s) throws SQLException {
        List<SortRecord> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Instant internal = MessageIndex.instant(r, 2);
                Instant sent = MessageIndex.instant(r, 4);
                int legacy = 5 + SortKeyColumns.COUNT;
                SortKeys keys = SortKeyColumns.read(r, 5, () -> new SortFields(r.getString(legacy),
                        r.getString(legacy + 1), r.getString(legacy + 2), r.getString(legacy + 3), null, null,
                        r.getString(legacy + 4), r.getString(legacy + 5), r.getString(legacy + 6)));
                long internalMillis = internal.toEpochMilli();
                out.add(new SortRecord(r.getLong(1), internalMillis, r.getLong(3),
                        sent == null ? internalMillis : sent.toEpochMilli(), keys));
            }
        }
        return out;
    }
}
