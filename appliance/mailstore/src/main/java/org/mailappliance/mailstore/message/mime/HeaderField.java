package org.mailappliance.mailstore.message.mime;

import java.util.List;
import java.util.Locale;

/**
 * One header field as it is in the message. Text holds the raw bytes one char per byte (ISO-8859-1), so 8-bit
 * header bytes survive untouched until they are written out again.
 *
 * @param name     the field name as written
 * @param rawValue everything after the colon, folding included
 */
public record HeaderField(String name, String rawValue) {

    /** The value with line breaks of folding removed (the white space after them is kept) and outer blanks trimmed. */
    public String unfolded() {
        StringBuilder out = new StringBuilder(rawValue.length());
        for (int i = 0; i < rawValue.length(); i++) {
            char c = rawValue.charAt(i);
            if (c != '\r' && c != '\n') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The first field named {@code name} (case-insensitive), or null. */
    public static HeaderField first(List<HeaderField> fields, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (HeaderField f : fields) {
            if (f.name().strip().toLowerCase(Locale.ROOT).equals(lower)) {
                return f;
            }
        }
        return null;
    }

    /** The unfolded value of the first field named {@code name}, or null when there is none. */
    public static String value(List<HeaderField> fields, String name) {
        HeaderField f = first(fields, name);
        return f == null ? null : f.unfolded();
    }
}
