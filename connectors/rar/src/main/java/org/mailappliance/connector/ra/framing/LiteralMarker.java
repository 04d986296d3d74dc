package org.mailappliance.connector.ra.framing;

/**
 * The literal announcement at the end of an IMAP line: {@code {n}}, {@code {n+}} (non-synchronizing, RFC 7888),
 * and the RFC 3516 literal8 forms {@code ~{n}}, {@code ~{n+}}.
 *
 * @param size    announced octets; {@link Long#MAX_VALUE} when the number does not fit
 * @param nonSync whether the client sends the octets without waiting for a continuation
 * @param binary  whether it is a literal8
 */
record LiteralMarker(long size, boolean nonSync, boolean binary) {

    /** The marker that ends {@code line}, or null when the line does not end in one. */
    static LiteralMarker parse(byte[] line) {
        int end = line.length - 1;
        if (end < 2 || line[end] != '}') {
            return null;
        }
        int i = end - 1;
        boolean nonSync = line[i] == '+';
        if (nonSync) {
            i--;
        }
        int lastDigit = i;
        while (i >= 0 && line[i] >= '0' && line[i] <= '9') {
            i--;
        }
        if (i == lastDigit || i < 0 || line[i] != '{') {
            return null;
        }
        long size = 0;
        for (int d = i + 1; d <= lastDigit; d++) {
            int digit = line[d] - '0';
            if (size > (Long.MAX_VALUE - digit) / 10) {
                size = Long.MAX_VALUE;
                break;
            }
            size = size * 10 + digit;
        }
        boolean binary = i > 0 && line[i - 1] == '~';
        return new LiteralMarker(size, nonSync, binary);
    }
}
