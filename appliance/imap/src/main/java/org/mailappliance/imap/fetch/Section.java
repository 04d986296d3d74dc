package org.mailappliance.imap.fetch;

import java.util.List;
import java.util.Locale;

/**
 * A BODY[...] section (RFC 9051 §6.4.5): a part path (empty for the whole message) and what of that part.
 *
 * @param part   part numbers, outermost first; empty for the top-level message
 * @param text   which piece of the part
 * @param fields the header field names of HEADER.FIELDS / HEADER.FIELDS.NOT as the client wrote them
 */
public record Section(List<Integer> part, Text text, List<String> fields) {

    /** The section-text of the grammar; NONE is a bare part number (or {@code BODY[]}). */
    public enum Text {
        NONE(""), HEADER("HEADER"), HEADER_FIELDS("HEADER.FIELDS"), HEADER_FIELDS_NOT("HEADER.FIELDS.NOT"),
        TEXT("TEXT"), MIME("MIME");

        private final String wire;

        Text(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
    }

    /** {@code BODY[]}: the whole message. */
    public static final Section WHOLE = new Section(List.of(), Text.NONE, List.of());

    /** Whether the header field {@code name} is selected (HEADER.FIELDS lists compare case-insensitively). */
    public boolean selects(String name) {
        boolean listed = false;
        for (String f : fields) {
            if (f.equalsIgnoreCase(name)) {
                listed = true;
                break;
            }
        }
        return text == Text.HEADER_FIELDS_NOT ? !listed : listed;
    }

    /** The section as the response names it, e.g. {@code 1.2.HEADER.FIELDS (Subject From)}. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (int n : part) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(n);
        }
        if (text != Text.NONE) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(text.wire());
        }
        if (text == Text.HEADER_FIELDS || text == Text.HEADER_FIELDS_NOT) {
            sb.append(" (");
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                String f = fields.get(i);
                if (atomSafe(f)) {
                    sb.append(f.toUpperCase(Locale.ROOT));
                } else {
                    sb.append('"').append(f.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** Field names are printable ASCII without ':' (RFC 5322); those that are also atom characters go bare. */
    private static boolean atomSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || "(){%*\"\\]".indexOf(c) >= 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
