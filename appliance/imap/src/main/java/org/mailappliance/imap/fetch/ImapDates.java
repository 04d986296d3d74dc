package org.mailappliance.imap.fetch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The IMAP date-time of INTERNALDATE and SAVEDATE, in UTC: {@code "01-Jan-2024 12:00:00 +0000"}. */
final class ImapDates {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ImapDates() {
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
