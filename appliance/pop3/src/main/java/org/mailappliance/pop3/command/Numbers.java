package org.mailappliance.pop3.command;

/**
 * Cyrus's parseuint32 for POP3 arguments: leading decimal digits (at least one) fitting in 32 bits unsigned, and
 * where the digits stopped.
 */
final class Numbers {
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private Numbers() {
    }

    /** A parsed number and the index just after its digits. */
    record Parsed(long value, int end) {
    }

    /** The number at {@code start}, or null when there is no digit there or it overflows. */
    static Parsed parse(String s, int start) {
        long value = 0;
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = value * 10 + (s.charAt(i) - '0');
            if (value > MAX_UINT32) {
                return null;
            }
            i++;
        }
        return i == start ? null : new Parsed(value, i);
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && CommandLine.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
