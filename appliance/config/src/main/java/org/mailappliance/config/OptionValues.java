package org.mailappliance.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decoders for the typed values of Cyrus configuration files, following lib/libconfig.c.
 * Each returns empty when the text is not a valid value, so callers can report where it came from.
 */
final class OptionValues {
    private OptionValues() {
    }

    /** Cyrus switches: yes on t true 1 / no off f false 0 (and y / n, which Cyrus's first-letter test accepts). */
    static Optional<Boolean> parseSwitch(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "on", "t", "true", "1":
                return Optional.of(Boolean.TRUE);
            case "no", "n", "off", "f", "false", "0":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /** Like C strtol(s, &end, 0) with nothing left over: optional sign, 0x hex, leading-0 octal, else decimal. */
    static OptionalLong parseInteger(String text) {
        String s = text.trim();
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int radix = 10;
        if (s.length() > 2 && (s.startsWith("0x") || s.startsWith("0X"))) {
            radix = 16;
            s = s.substring(2);
        } else if (s.length() > 1 && s.startsWith("0")) {
            radix = 8;
            s = s.substring(1);
        }
        if (s.isEmpty() || s.startsWith("-") || s.startsWith("+")) {
            return OptionalLong.empty();
        }
        try {
            long magnitude = Long.parseLong(s, radix);
            return OptionalLong.of(negative ? -magnitude : magnitude);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Cyrus durations: an optional '-', then groups of digits each followed by d, h, m or s ("1h30m");
     * digits at the very end without a unit are counted in {@code bareUnit} ("30", "1h30").
     */
    static Optional<Duration> parseDuration(String text, ChronoUnit bareUnit) {
        requireExactUnit(bareUnit);
        String s = text.trim();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Duration total = Duration.ZERO;
            int i = 0;
            while (i < s.length()) {
                int start = i;
                while (i < s.length() && isAsciiDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return Optional.empty(); // a unit with no digits before it
                }
                long amount = Long.parseLong(s.substring(start, i));
                ChronoUnit unit = i < s.length() ? durationUnit(s.charAt(i++)) : bareUnit;
                if (unit == null) {
                    return Optional.empty();
                }
                total = total.plus(Duration.of(amount, unit));
            }
            return Optional.of(negative ? total.negated() : total);
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Cyrus byte sizes: an integer, optional blanks, then an optional K, M or G (powers of two, any case),
     * optionally followed by 'i', then an optional 'B'. A number with no suffix is counted in {@code bareUnitBytes}.
     */
    static OptionalLong parseByteSize(String text, long bareUnitBytes) {
        String s = text.trim();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digitsStart = i;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(s.substring(0, i));
            if (i == s.length()) {
                return OptionalLong.of(Math.multiplyExact(number, bareUnitBytes));
            }
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String suffix = s.substring(i).toLowerCase(Locale.ROOT);
            long multiplier = byteMultiplier(suffix);
            if (multiplier < 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.multiplyExact(number, multiplier));
        } catch (ArithmeticException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static long byteMultiplier(String suffix) {
        if (suffix.isEmpty() || suffix.equals("b")) {
            return 1;
        }
        long multiplier;
        switch (suffix.charAt(0)) {
            case 'k' -> multiplier = 1L << 10;
            case 'm' -> multiplier = 1L << 20;
            case 'g' -> multiplier = 1L << 30;
            default -> {
                return -1;
            }
        }
        String rest = suffix.substring(1);
        if (rest.isEmpty() || rest.equals("b") || rest.equals("i") || rest.equals("ib")) {
            return multiplier;
        }
        return -1;
    }

    private static ChronoUnit durationUnit(char c) {
        return switch (c) {
            case 'd' -> ChronoUnit.DAYS;
            case 'h' -> ChronoUnit.HOURS;
            case 'm' -> ChronoUnit.MINUTES;
            case 's' -> ChronoUnit.SECONDS;
            default -> null;
        };
    }

    private static void requireExactUnit(ChronoUnit unit) {
        if (unit == null || (unit.isDurationEstimated() && unit != ChronoUnit.DAYS)) {
            throw new IllegalArgumentException("not a fixed-length unit for bare durations: " + unit);
        }
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
