package org.mailappliance.mailstore.message.mime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a Date header (RFC 5322 including the obsolete forms: two-digit years, zone names, no seconds). */
final class SentDateParser {
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]+\\s*,)?\\s*(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s+([+-]\\d{4}|[A-Za-z]{1,5}))?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final Map<String, Integer> ZONES = Map.of("UT", 0, "GMT", 0, "EST", -5, "EDT", -4,
            "CST", -6, "CDT", -5, "MST", -7, "MDT", -6, "PST", -8, "PDT", -7);

    private SentDateParser() {
    }

    /** The instant, or null when the text is not a date. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(ParameterizedValue.withoutComments(text).strip());
        if (!m.lookingAt()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        } else if (m.group(3).length() == 3) {
            year += 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return local.toInstant(zone(m.group(7)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zone(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.charAt(0) == '+' || zone.charAt(0) == '-') {
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            if (hours > 18 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        return ZoneOffset.ofHours(ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), 0));
    }
}
