package org.mailappliance.imap.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the composite arguments of the IMAP grammar from an {@link ImapReader}. */
public final class Arguments {
    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] SYSTEM_FLAGS =
            {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "\\Recent"};

    private Arguments() {
    }

    /**
     * A mailbox name (RFC 3501 {@code mailbox = "INBOX" / astring}), decoded from modified UTF-7 unless
     * {@code utf8Enabled}, with INBOX canonicalized.
     */
    public static String mailbox(ImapReader r, String what, char separator, boolean utf8Enabled)
            throws ParseException {
        String wire = r.astring(what);
        if (wire.isEmpty()) {
            throw new ParseException(ImapReader.capitalize(what) + " is empty");
        }
        return MailboxNames.canonicalInbox(MailboxNames.fromWire(wire, utf8Enabled), separator);
    }

    /**
     * A sequence-set, or {@code $} (RFC 5182). Sequence numbers are non-zero unsigned 32-bit numbers or {@code *}.
     */
    public static SequenceSet sequenceSet(ImapReader r, String what) throws ParseException {
        if (r.tryChar('$')) {
            return SequenceSet.savedResult();
        }
        List<SequenceSet.Range> ranges = new ArrayList<>();
        do {
            long first = seqNumber(r, what);
            long last = first;
            if (r.tryChar(':')) {
                last = seqNumber(r, what);
            }
            ranges.add(new SequenceSet.Range(first, last));
        } while (r.tryChar(','));
        int b = r.peek();
        if (b != -1 && b != ' ' && b != ')') {
            throw new ParseException("Invalid " + what + ": unexpected character in sequence set");
        }
        return SequenceSet.of(ranges);
    }

    private static long seqNumber(ImapReader r, String what) throws ParseException {
        if (r.tryChar('*')) {
            return SequenceSet.STAR;
        }
        if (!CharClasses.isDigit(r.peek())) {
            throw new ParseException(r.atEnd() ? "Missing " + what
                    : "Invalid " + what + ": expected a number, '*' or '$'");
        }
        long n = r.digitsOnly(what, 0xFFFF_FFFFL);
        if (n == 0) {
            throw new ParseException(ImapReader.capitalize(what) + " must not be zero");
        }
        return n;
    }

    /**
     * A flag: a system flag (returned in its canonical case), {@code \Keyword} extension, or a keyword atom.
     * {@code \*} is not a flag a client can send and is refused.
     */
    public static String flag(ImapReader r, String what) throws ParseException {
        if (r.tryChar('\\')) {
            if (r.peek() == '*') {
                throw new ParseException("Invalid " + what + ": \\* is not a flag");
            }
            String name = "\\" + r.atom(what);
            for (String system : SYSTEM_FLAGS) {
                if (system.equalsIgnoreCase(name)) {
                    return system;
                }
            }
            return name;
        }
        return r.atom(what);
    }

    /** A flag-list: "(" [flag *(SP flag)] ")". */
    public static List<String> flagList(ImapReader r, String what) throws ParseException {
        r.openList(what);
        List<String> flags = new ArrayList<>();
        if (!r.tryCloseList()) {
            do {
                flags.add(flag(r, "flag"));
            } while (r.trySpace());
            r.closeList(what);
        }
        return flags;
    }

    /**
     * A date-time: DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE, such as
     * {@code " 7-Feb-2024 13:05:00 +0100"}.
     */
    public static OffsetDateTime dateTime(ImapReader r, String what) throws ParseException {
        if (r.peek() != '"') {
            throw new ParseException(r.atEnd() ? "Missing " + what : "Invalid " + what + ": expected a quoted date-time");
        }
        String s = r.string(what);
        String error = "Invalid " + what + ": expected \"dd-Mon-yyyy hh:mm:ss +zzzz\"";
        if (s.length() != 26 || s.charAt(2) != '-' || s.charAt(6) != '-' || s.charAt(11) != ' '
                || s.charAt(14) != ':' || s.charAt(17) != ':' || s.charAt(20) != ' ') {
            throw new ParseException(error);
        }
        int day = s.charAt(0) == ' ' ? digits(s, 1, 2, error) : digits(s, 0, 2, error);
        int month = month(s.substring(3, 6), error);
        int year = digits(s, 7, 11, error);
        int hour = digits(s, 12, 14, error);
        int minute = digits(s, 15, 17, error);
        int second = digits(s, 18, 20, error);
        char sign = s.charAt(21);
        if (sign != '+' && sign != '-') {
            throw new ParseException(error);
        }
        int zh = digits(s, 22, 24, error);
        int zm = digits(s, 24, 26, error);
        try {
            int offsetSeconds = (sign == '-' ? -1 : 1) * (zh * 3600 + zm * 60);
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            throw new ParseException("Invalid " + what + ": no such date or time");
        }
    }

    /** A date (SEARCH): date-text or DQUOTE date-text DQUOTE, date-text = 1*2DIGIT "-" Mon "-" 4DIGIT. */
    public static LocalDate date(ImapReader r, String what) throws ParseException {
        String s = r.peek() == '"' ? r.string(what) : r.atom(what);
        String error = "Invalid " + what + ": expected \"d-Mon-yyyy\"";
        int dash1 = s.indexOf('-');
        if (dash1 < 1 || dash1 > 2 || s.length() != dash1 + 9 || s.charAt(dash1 + 4) != '-') {
            throw new ParseException(error);
        }
        int day = digits(s, 0, dash1, error);
        int month = month(s.substring(dash1 + 1, dash1 + 4), error);
        int year = digits(s, dash1 + 5, dash1 + 9, error);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ParseException("Invalid " + what + ": no such date");
        }
    }

    private static int month(String name, String error) throws ParseException {
        String upper = name.toUpperCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(upper)) {
                return i + 1;
            }
        }
        throw new ParseException(error);
    }

    private static int digits(String s, int from, int to, String error) throws ParseException {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new ParseException(error);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
