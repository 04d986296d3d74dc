package org.mailappliance.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validates the five-field cron schedule of an EVENTS {@code cron="m h dom mon dow"} argument: each field is
 * {@code *} or a comma list of values or ranges, each optionally with a {@code /step}; months and weekdays
 * may also be given by three-letter English names.
 */
final class CronSpec {
    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> WEEKDAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

    private record Field(String label, int min, int max, List<String> names, int firstNameValue) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("minute", 0, 59, List.of(), 0),
            new Field("hour", 0, 23, List.of(), 0),
            new Field("day of month", 1, 31, List.of(), 0),
            new Field("month", 1, 12, MONTHS, 1),
            new Field("day of week", 0, 7, WEEKDAYS, 0));

    private CronSpec() {
    }

    /** The problem with {@code spec}, or empty when it is a valid five-field schedule. */
    static Optional<String> problem(String spec) {
        String[] parts = spec.strip().split("\\s+");
        if (spec.isBlank() || parts.length != FIELDS.size()) {
            return Optional.of("needs 5 fields (minute hour day-of-month month day-of-week), found "
                    + (spec.isBlank() ? 0 : parts.length));
        }
        for (int i = 0; i < parts.length; i++) {
            Optional<String> p = fieldProblem(parts[i], FIELDS.get(i));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The schedule with its fields separated by single spaces. */
    static String normalize(String spec) {
        return String.join(" ", spec.strip().split("\\s+"));
    }

    private static Optional<String> fieldProblem(String text, Field field) {
        for (String item : text.split(",", -1)) {
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                Integer step = number(item.substring(slash + 1));
                if (step == null || step < 1) {
                    return bad(text, field);
                }
            }
            if (range.equals("*")) {
                continue;
            }
            String[] ends = range.split("-", -1);
            if (ends.length > 2) {
                return bad(text, field);
            }
            Integer low = value(ends[0], field);
            Integer high = ends.length == 2 ? value(ends[1], field) : low;
            if (low == null || high == null || low > high) {
                return bad(text, field);
            }
        }
        return Optional.empty();
    }

    private static Integer value(String text, Field field) {
        int named = field.names().indexOf(text.toLowerCase(Locale.ROOT));
        Integer v = named >= 0 ? Integer.valueOf(named + field.firstNameValue()) : number(text);
        return v != null && v >= field.min() && v <= field.max() ? v : null;
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private static Optional<String> bad(String text, Field field) {
        return Optional.of("bad " + field.label() + " field '" + text + "' (allowed " + field.min() + "-" + field.max() + ")");
    }
}
