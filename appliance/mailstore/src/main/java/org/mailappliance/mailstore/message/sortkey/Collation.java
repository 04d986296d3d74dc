package org.mailappliance.mailstore.message.sortkey;

import java.text.Normalizer;

/**
 * The i;unicode-casemap collation (RFC 5051) that SORT and THREAD compare strings with (RFC 5256 §7 via I18NLEVEL=1,
 * as Cyrus and Dovecot do): a string's key is its titlecased, fully decomposed form, and keys compare by code point.
 * Keys are computed once at delivery and stored, so a sort compares stored keys only.
 */
public final class Collation {
    private Collation() {
    }

    /** The collation key of {@code s}; the empty string for null. */
    public static String key(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isAscii(s)) {
            // titlecase of ASCII is upper case, and ASCII has no decompositions
            StringBuilder out = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    if (out == null) {
                        out = new StringBuilder(s);
                    }
                    out.setCharAt(i, (char) (c - 32));
                }
            }
            return out == null ? s : out.toString();
        }
        StringBuilder title = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> title.appendCodePoint(Character.toTitleCase(cp)));
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        // decomposition can bring back lower-case letters (e.g. from ligatures): titlecase once more
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> out.appendCodePoint(Character.toTitleCase(cp)));
        return out.toString();
    }

    /** Compares two keys by code point (String.compareTo would put U+E000..U+FFFF after supplementary characters). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
