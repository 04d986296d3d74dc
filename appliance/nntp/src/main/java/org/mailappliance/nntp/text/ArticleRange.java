package org.mailappliance.nntp.text;

import java.util.Optional;

/**
 * An RFC 3977 §6.1.2 range: {@code n}, {@code n-} (to the end) or {@code n-m}; {@code m < n} is an empty range.
 */
public record ArticleRange(long low, long high) {

    public static Optional<ArticleRange> parse(String text) {
        int dash = text.indexOf('-');
        try {
            if (dash < 0) {
                long n = number(text);
                return Optional.of(new ArticleRange(n, n));
            }
            long low = number(text.substring(0, dash));
            String rest = text.substring(dash + 1);
            return Optional.of(new ArticleRange(low, rest.isEmpty() ? Long.MAX_VALUE : number(rest)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Article numbers are 1 to 2^31-1 in RFC 3977, but the store's UIDs are unsigned 32-bit: accept those. */
    private static long number(String s) {
        if (s.isEmpty() || s.length() > 16 || !s.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException(s);
        }
        return Long.parseLong(s);
    }

    public boolean empty() {
        return high < low;
    }
}
