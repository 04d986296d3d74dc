package org.mailappliance.imap.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar date of a Date header "disregarding time and timezone" (RFC 9051 SENTBEFORE/SENTON/SENTSINCE): the
 * day, month and year as written, so a message sent at 23:30 -0500 is on its own day, not on the next day in UTC.
 */
final class SentDates {
    private static final Pattern DATE = Pattern.compile("(?:^|[\\s,])(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2,4})\\b");
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    private SentDates() {
    }

    /**
     * @param header the Date header text as indexed (null when missing)
     * @param parsed the index's parse of it (null when missing or unparsable)
     * @return the date as written, the parsed instant's UTC date when the text is odd, or null when there is no date
     */
    static LocalDate of(String header, Instant parsed) {
        if (header != null) {
            Matcher m = DATE.matcher(header);
            if (m.find()) {
                int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT));
                if (month >= 0 && month % 3 == 0) {
                    int year = Integer.parseInt(m.group(3));
                    // RFC 5322 §4.3 obsolete years: two digits below 50 are 20xx, others 19xx; three digits add 1900
                    if (m.group(3).length() == 2) {
                        year += year < 50 ? 2000 : 1900;
                    } else if (m.group(3).length() == 3) {
                        year += 1900;
                    }
                    try {
                        return LocalDate.of(year, month / 3 + 1, Integer.parseInt(m.group(1)));
                    } catch (DateTimeException e) {
                        // not a real day: fall back to the parsed instant if any
                    }
                }
            }
        }
        return parsed == null ? null : parsed.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
