package org.mailappliance.lmtp.address;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The argument of MAIL or RCPT after the command word: {@code FROM:<path> [params]} or {@code TO:<path> [params]}.
 *
 * @param path       the path
 * @param parameters RFC 5321 esmtp-params keyed by upper-case keyword, in order; the value is null for a keyword
 *                   without {@code =value}
 */
public record PathArgument(MailPath path, Map<String, String> parameters) {

    public PathArgument {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Parses {@code <prefix><path> params}.
     *
     * @param prefix    {@code FROM:} or {@code TO:} (case-insensitive)
     * @param allowNull whether the path may be {@code <>}
     */
    public static PathArgument parse(String argument, String prefix, boolean allowNull) throws SyntaxException {
        if (!argument.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new SyntaxException(prefix + " expected");
        }
        int start = prefix.length();
        // RFC 5321 has no space after the colon, but many clients send one; accepting it harms nobody.
        while (start < argument.length() && argument.charAt(start) == ' ') {
            start++;
        }
        PathParser.Parsed parsed = PathParser.parse(argument, start, allowNull);
        return new PathArgument(parsed.path(), parameters(argument, parsed.end()));
    }

    /** esmtp-param *(SP esmtp-param); esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-"). */
    static Map<String, String> parameters(String s, int from) throws SyntaxException {
        Map<String, String> params = new LinkedHashMap<>();
        int pos = from;
        while (pos < s.length()) {
            if (s.charAt(pos) != ' ') {
                throw new SyntaxException("space expected before parameter at " + pos);
            }
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
            if (pos == s.length()) {
                break;
            }
            int end = s.indexOf(' ', pos);
            if (end < 0) {
                end = s.length();
            }
            String param = s.substring(pos, end);
            int eq = param.indexOf('=');
            String keyword = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? null : param.substring(eq + 1);
            if (!keyword(keyword)) {
                throw new SyntaxException("bad parameter keyword '" + keyword + "'");
            }
            if (value != null && !value(value)) {
                throw new SyntaxException("bad value of parameter " + keyword);
            }
            String key = keyword.toUpperCase(Locale.ROOT);
            if (params.containsKey(key)) {
                throw new SyntaxException("parameter " + keyword + " given twice");
            }
            params.put(key, value);
            pos = end;
        }
        return params;
    }

    private static boolean keyword(String k) {
        if (k.isEmpty() || !alnum(k.charAt(0))) {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            if (!alnum(k.charAt(i)) && k.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /** esmtp-value = 1*(%d33-60 / %d62-126): printable ASCII except "=". */
    private static boolean value(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 33 || c > 126 || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
