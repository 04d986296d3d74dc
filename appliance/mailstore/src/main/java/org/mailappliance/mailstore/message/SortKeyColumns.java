package org.mailappliance.mailstore.message;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.mailappliance.mailstore.message.mime.SortKeyExtractor;

/** The messages columns that hold {@link SortKeys} (migration V7), written and read in one place. */
final class SortKeyColumns {
    /** In this order for {@link #bind} and {@link #read}. */
    static final String COLUMNS = "sort_keys_version, sort_subject, sort_reply, sort_from, sort_to, sort_cc, "
            + "sort_display_from, sort_display_to, thread_message_id, thread_references";
    static final int COUNT = 10;
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private SortKeyColumns() {
    }

    /** Supplies the cached header values of a row stored before its sort keys were. */
    @FunctionalInterface
    interface Legacy {
        SortFields fields() throws SQLException;
    }

    /** Binds the keys to {@link #COUNT} parameters from {@code first} on. */
    static void bind(PreparedStatement s, int first, SortKeys k) throws SQLException {
        s.setInt(first, SortKeys.VERSION);
        s.setString(first + 1, k.subject());
        s.setBoolean(first + 2, k.reply());
        s.setString(first + 3, k.from());
        s.setString(first + 4, k.to());
        s.setString(first + 5, k.cc());
        s.setString(first + 6, k.displayFrom());
        s.setString(first + 7, k.displayTo());
        s.setString(first + 8, k.messageId());
        s.setString(first + 9, k.references());
    }

    /**
     * The keys from {@link #COUNT} columns from {@code first} on; for a row stored before the keys were, computed from
     * the cached header values {@code legacy} supplies.
     */
    static SortKeys read(ResultSet r, int first, Legacy legacy) throws SQLException {
        r.getInt(first);
        if (r.wasNull()) {
            return SortKeyExtractor.fromCachedFields(legacy.fields());
        }
        return new SortKeys(nonNull(r.getString(first + 1)), r.getBoolean(first + 2), nonNull(r.getString(first + 3)),
                nonNull(r.getString(first + 4)), nonNull(r.getString(first + 5)), nonNull(r.getString(first + 6)),
                nonNull(r.getString(first + 7)), r.getString(first + 8), r.getString(first + 9));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
