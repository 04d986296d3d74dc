package org.mailappliance.imap.search;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mailappliance.mailstore.message.SortFields;

/**
 * The header fields whose (first) value the index keeps in {@link SortFields}, so header keys on them are answered
 * without reading the message file. A value at {@link SortFields#MAX_LENGTH} may have been cut: then the file decides.
 */
final class IndexedHeaders {
    private static final Map<String, Function<SortFields, String>> FIELDS = Map.of(
            "subject", SortFields::subject,
            "from", SortFields::from,
            "to", SortFields::to,
            "cc", SortFields::cc,
            "date", SortFields::date,
            "message-id", SortFields::messageId,
            "references", SortFields::references,
            "in-reply-to", SortFields::inReplyTo);

    private IndexedHeaders() {
    }

    static boolean isIndexed(String field) {
        return FIELDS.containsKey(field.toLowerCase(Locale.ROOT));
    }

    /** The indexed value (null when the message has no such field). */
    static String value(SortFields fields, String field) {
        return FIELDS.get(field.toLowerCase(Locale.ROOT)).apply(fields);
    }

    /** Whether the indexed value is the whole value (not cut at the index's length limit). */
    static boolean complete(String value) {
        return value == null || value.length() < SortFields.MAX_LENGTH;
    }
}
