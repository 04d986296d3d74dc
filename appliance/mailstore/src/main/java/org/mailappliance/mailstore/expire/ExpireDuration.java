package org.mailappliance.mailstore.expire;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cyr_expire's durations: a plain number is days (Cyrus before 3.2 took only that); else one or more
 * number-and-unit parts with d, h, m or s ({@code 1d12h}, {@code 90m}).
 */
public final class ExpireDuration {
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,6}");
    private static final Pattern PARTS = Pattern.compile("(?:[0-9]{1,9}[dhms])+");
    private static final Pattern PART = Pattern.compile("([0-9]{1,9})([dhms])");

    private ExpireDuration() {
    }

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (DAYS.matcher(t).matches()) {
            return Duration.ofDays(Long.parseLong(t));
        }
        if (!PARTS.matcher(t).matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "' (days, or parts like 1d12h, 30m, 45s)");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return total;
    }
}
