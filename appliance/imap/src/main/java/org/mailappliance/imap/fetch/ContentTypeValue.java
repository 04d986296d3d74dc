package org.mailappliance.imap.fetch;

import java.util.Locale;

/**
 * What section locating needs from a Content-Type field: the media type and the multipart boundary. Deliberately
 * small (the full parameter handling for BODYSTRUCTURE lives in the delivery-time analyzer); parse errors give the
 * RFC 2045 default, as they do there.
 *
 * @param type     lower case, such as {@code multipart}
 * @param subtype  lower case, such as {@code mixed}
 * @param boundary the boundary parameter, or null
 */
record ContentTypeValue(String type, String subtype, String boundary) {
    static final ContentTypeValue TEXT_PLAIN = new ContentTypeValue("text", "plain", null);
    static final ContentTypeValue MESSAGE_RFC822 = new ContentTypeValue("message", "rfc822", null);

    /** A multipart with a boundary: only then do its parts exist (RFC 2046 §5.1.1 makes the boundary mandatory). */
    boolean multipart() {
        return type.equals("multipart") && boundary != null && !boundary.isEmpty();
    }

    boolean message() {
        return type.equals("message") && subtype.equals("rfc822");
    }

    /**
     * @param value       the unfolded field value, or null when the entity has no Content-Type
     * @param digestChild whether the entity is a part of multipart/digest (default message/rfc822, RFC 2046 §5.1.5)
     */
    static ContentTypeValue parse(String value, boolean digestChild) {
        ContentTypeValue fallback = digestChild ? MESSAGE_RFC822 : TEXT_PLAIN;
        if (value == null) {
            return fallback;
        }
        String s = withoutComments(value);
        int semi = indexOutsideQuotes(s, ';', 0);
        String media = (semi < 0 ? s : s.substring(0, semi)).strip();
        int slash = media.indexOf('/');
        if (slash <= 0 || slash == media.length() - 1) {
            return fallback;
        }
        String type = media.substring(0, slash).strip().toLowerCase(Locale.ROOT);
        String subtype = media.substring(slash + 1).strip().toLowerCase(Locale.ROOT);
        if (!token(type) || !token(subtype)) {
            return fallback;
        }
        String boundary = null;
        while (semi >= 0) {
            int next = indexOutsideQuotes(s, ';', semi + 1);
            String param = s.substring(semi + 1, next < 0 ? s.length() : next);
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("boundary") && boundary == null) {
                boundary = unquote(param.substring(eq + 1).strip());
            }
            semi = next;
        }
        return new ContentTypeValue(type, subtype, boundary);
    }

    private static boolean token(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String v) {
        if (v.length() < 2 || v.charAt(0) != '"') {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                sb.append(v.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int indexOutsideQuotes(String s, char wanted, int from) {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Drops RFC 5322 comments outside quoted strings (nested parentheses included). */
    private static String withoutComments(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (quoted || depth > 0)) {
                if (depth == 0) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                sb.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
