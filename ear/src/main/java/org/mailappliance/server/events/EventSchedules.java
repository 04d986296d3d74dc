package org.mailappliance.server.events;

import jakarta.ejb.ScheduleExpression;
import org.mailappliance.config.EventEntry;

/**
 * When an EVENTS entry runs, as a calendar schedule: {@code at=hhmm} daily, {@code cron="m h dom mon dow"} field by
 * field (the EJB calendar syntax takes cron's *, ranges, lists, steps and month/day names); {@code period=} entries
 * are interval timers instead ({@link #periodMinutes}).
 */
final class EventSchedules {
    private EventSchedules() {
    }

    /** The interval in minutes of a period entry, or 0 if the entry runs on a calendar. */
    static int periodMinutes(EventEntry e) {
        return e.periodMinutes() != null ? e.periodMinutes() : 0;
    }

    /**
     * The calendar of an at= or cron= entry; an entry with neither runs once, at startup (Cyrus: "at startup"
     * for an EVENTS entry without a schedule), which is null here.
     *
     * @throws IllegalArgumentException for a malformed at= or cron=
     */
    static ScheduleExpression calendar(EventEntry e) {
        if (e.at() != null) {
            String at = e.at().trim();
            if (!at.matches("[0-9]{3,4}")) {
                throw new IllegalArgumentException("at=" + e.at() + " is not hhmm");
            }
            int hhmm = Integer.parseInt(at);
            if (hhmm / 100 > 23 || hhmm % 100 > 59) {
                throw new IllegalArgumentException("at=" + e.at() + " is not a time of day");
            }
            return new ScheduleExpression().hour(hhmm / 100).minute(hhmm % 100).second(0);
        }
        if (e.cron() != null) {
            String[] f = e.cron().trim().split("\\s+");
            if (f.length != 5) {
                throw new IllegalArgumentException("cron=\"" + e.cron() + "\" needs five fields: m h dom mon dow");
            }
            for (String field : f) {
                if (!field.matches("[0-9A-Za-z*/,\\-]+")) {
                    throw new IllegalArgumentException("cron=\"" + e.cron() + "\": bad field '" + field + "'");
                }
            }
            return new ScheduleExpression().second(0).minute(f[0]).hour(f[1]).dayOfMonth(f[2])
                    .month(names(f[3])).dayOfWeek(names(f[4]));
        }
        return null;
    }

    /** cron's names are lower case (jan, mon); the EJB calendar spells them Jan, Mon. */
    private static String names(String field) {
        StringBuilder out = new StringBuilder(field.length());
        boolean wordStart = true;
        for (char ch : field.toCharArray()) {
            out.append(wordStart && Character.isLetter(ch) ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            wordStart = !Character.isLetter(ch);
        }
        return out.toString();
    }
}
