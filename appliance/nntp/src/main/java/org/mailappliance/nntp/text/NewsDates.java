package org.mailappliance.nntp.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Dates of NEWGROUPS/NEWNEWS ({@code [yy]yymmdd hhmmss [GMT]}, RFC 3977 §7.3) and DATE's reply. The server's clock
 * is UTC, so times without {@code GMT} are read as UTC as well.
 */
public final class NewsDates {
    private static final DateTimeFormatter DATE_REPLY = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private NewsDates() {
    }

    /** DATE's {@code 111 yyyymmddhhmmss}. */
    public static String format(Instant instant) {
        return DATE_REPLY.format(instant);
    }

    /** The instant of {@code date time [GMT]}; empty for malformed input. {@code now} decides a 2-digit century. */
    public static Optional<Instant> parse(String date, String time, Instant now) {
        if (!(date.length() == 6 || date.length() == 8) || time.length() != 6 || !digits(date) || !digits(time)) {
            return Optional.empty();
        }
        int year;
        int offset;
        if (date.length() == 8) {
            year = Integer.parseInt(date.substring(0, 4));
            offset = 4;
        } else {
            // RFC 3977 §7.3: the century that makes the year closest to now, ties towards the past
            int yy = Integer.parseInt(date.substring(0, 2));
            int current = now.atZone(ZoneOffset.UTC).getYear();
            int candidate = current - current % 100 + yy;
            if (candidate > current + 50) {
                candidate -= 100;
            } else if (candidate <= current - 50) {
                candidate += 100;
            }
            year = candidate;
            offset = 2;
        }
        try {
            LocalDateTime t = LocalDateTime.of(year, Integer.parseInt(date.substring(offset, offset + 2)),
                    Integer.parseInt(date.substring(offset + 2, offset + 4)), Integer.parseInt(time.substring(0, 2)),
                    Integer.parseInt(time.substring(2, 4)), Integer.parseInt(time.substring(4, 6)));
            return Optional.of(t.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
