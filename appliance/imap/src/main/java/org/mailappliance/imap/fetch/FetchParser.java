package org.mailappliance.imap.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.SequenceSet;

/**
 * Decodes the arguments of FETCH and UID FETCH: {@code sequence-set SP (macro / fetch-att / "(" fetch-att *(SP
 * fetch-att) ")")}. The item names are read character by character because {@code BODY[...]<...>} is not one token of
 * the generic reader ("[" is an atom character, "<" and the header list are not).
 */
public final class FetchParser {
    private static final int MAX_PART_DEPTH = 64;

    private final boolean uid;

    /** @param uid for UID FETCH: the UID item is always answered, so it is added when not requested */
    public FetchParser(boolean uid) {
        this.uid = uid;
    }

    public FetchRequest parse(ImapReader r) throws ParseException {
        r.space("sequence set");
        SequenceSet set = Arguments.sequenceSet(r, "sequence set");
        r.space("fetch attributes");
        Set<FetchItem> items = new LinkedHashSet<>();
        if (uid) {
            items.add(FetchItem.Simple.UID);
        }
        if (r.tryOpenList()) {
            do {
                items.add(item(r));
            } while (r.trySpace());
            r.closeList("fetch attributes");
        } else {
            String name = name(r);
            List<FetchItem> macro = macro(name);
            if (macro != null) {
                items.addAll(macro);
            } else {
                items.add(item(r, name));
            }
        }
        return new FetchRequest(set, new ArrayList<>(items));
    }

    /** ALL, FAST and FULL are allowed only alone, not inside the list. */
    private static List<FetchItem> macro(String name) {
        return switch (name) {
            case "ALL" -> List.of(FetchItem.Simple.FLAGS, FetchItem.Simple.INTERNALDATE, FetchItem.Simple.RFC822_SIZE,
                    FetchItem.Simple.ENVELOPE);
            case "FAST" -> List.of(FetchItem.Simple.FLAGS, FetchItem.Simple.INTERNALDATE,
                    FetchItem.Simple.RFC822_SIZE);
            case "FULL" -> List.of(FetchItem.Simple.FLAGS, FetchItem.Simple.INTERNALDATE, FetchItem.Simple.RFC822_SIZE,
                    FetchItem.Simple.ENVELOPE, FetchItem.Simple.BODY);
            default -> null;
        };
    }

    private FetchItem item(ImapReader r) throws ParseException {
        String name = name(r);
        if (macro(name) != null) {
            throw new ParseException("Fetch macro " + name + " cannot be used inside a list");
        }
        return item(r, name);
    }

    private FetchItem item(ImapReader r, String name) throws ParseException {
        if (name.equals("BODY") || name.equals("BODY.PEEK")) {
            if (r.peek() == '[') {
                Section section = section(r);
                return new FetchItem.BodySection(name.equals("BODY.PEEK"), section, partial(r));
            }
            if (name.equals("BODY.PEEK")) {
                throw new ParseException("BODY.PEEK needs a section, such as BODY.PEEK[]");
            }
            return FetchItem.Simple.BODY;
        }
        if (name.equals("BINARY") || name.equals("BINARY.PEEK") || name.equals("BINARY.SIZE")) {
            return binary(r, name);
        }
        for (FetchItem.Simple s : FetchItem.Simple.values()) {
            if (s.wire().equals(name)) {
                return s;
            }
        }
        throw new ParseException(name.isEmpty()
                ? (r.atEnd() || r.peek() == ')' ? "Missing fetch attribute" : "Invalid fetch attribute")
                : "Unknown fetch attribute " + name);
    }

    /** {@code BINARY[.PEEK] section-binary [partial]} or {@code BINARY.SIZE section-binary} (RFC 3516). */
    private static FetchItem binary(ImapReader r, String name) throws ParseException {
        if (r.peek() != '[') {
            throw new ParseException(name + " needs a section, such as " + name + "[1]");
        }
        Section section = section(r);
        if (section.text() != Section.Text.NONE) {
            throw new ParseException("Invalid section for " + name + ": only part numbers, such as " + name + "[1.2]");
        }
        if (name.equals("BINARY.SIZE")) {
            if (r.peek() == '<') {
                throw new ParseException("BINARY.SIZE takes no partial range");
            }
            return new FetchItem.BinarySize(section.part());
        }
        return new FetchItem.Binary(name.equals("BINARY.PEEK"), section.part(), partial(r));
    }

    /** Letters, digits and dots: enough for every fetch-att name; upper-cased. */
    private static String name(ImapReader r) {
        StringBuilder sb = new StringBuilder();
        for (int b = r.peek(); isNameChar(b); b = r.peek()) {
            r.tryChar((char) b);
            sb.append((char) b);
            if (sb.length() > 64) {
                break;
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isNameChar(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '.';
    }

    /** {@code "[" [section-part ["." section-text] / section-msgtext] "]"}. */
    static Section section(ImapReader r) throws ParseException {
        r.tryChar('[');
        String spec = name(r);
        List<Integer> part = new ArrayList<>();
        int i = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            int dot = spec.indexOf('.', i);
            String number = spec.substring(i, dot < 0 ? spec.length() : dot);
            part.add(partNumber(number));
            if (part.size() > MAX_PART_DEPTH) {
                throw new ParseException("Section part is nested too deeply");
            }
            i = dot < 0 ? spec.length() : dot + 1;
            if (dot >= 0 && i == spec.length()) {
                throw new ParseException("Invalid section " + spec + ": ends with '.'");
            }
        }
        String textName = spec.substring(i);
        Section.Text text = switch (textName) {
            case "" -> Section.Text.NONE;
            case "HEADER" -> Section.Text.HEADER;
            case "HEADER.FIELDS" -> Section.Text.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> Section.Text.HEADER_FIELDS_NOT;
            case "TEXT" -> Section.Text.TEXT;
            case "MIME" -> Section.Text.MIME;
            default -> throw new ParseException("Invalid section " + spec);
        };
        if (text == Section.Text.MIME && part.isEmpty()) {
            throw new ParseException("Invalid section MIME: it needs a part number, such as 1.MIME");
        }
        List<String> fields = new ArrayList<>();
        if (text == Section.Text.HEADER_FIELDS || text == Section.Text.HEADER_FIELDS_NOT) {
            r.space("header field list");
            r.openList("header field list");
            if (r.tryCloseList()) {
                throw new ParseException("Header field list is empty");
            }
            do {
                fields.add(fieldName(r));
            } while (r.trySpace());
            r.closeList("header field list");
        }
        if (!r.tryChar(']')) {
            throw new ParseException(r.atEnd() ? "Missing ']' to close the section" : "Invalid section: expected ']'");
        }
        return new Section(part, text, fields);
    }

    private static int partNumber(String number) throws ParseException {
        if (number.isEmpty() || number.charAt(0) == '0' || number.length() > 9) {
            throw new ParseException("Invalid section part number '" + number + "'");
        }
        for (int i = 0; i < number.length(); i++) {
            if (!Character.isDigit(number.charAt(i))) {
                throw new ParseException("Invalid section part number '" + number + "'");
            }
        }
        return Integer.parseInt(number);
    }

    /** A header-fld-name (astring) that can name a header field: printable ASCII without ':' (RFC 5322 §3.6.8). */
    private static String fieldName(ImapReader r) throws ParseException {
        String name = r.astring("header field name");
        if (name.isEmpty()) {
            throw new ParseException("Header field name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                throw new ParseException("Invalid header field name '" + name + "'");
            }
        }
        return name;
    }

    /** {@code "<" number "." nz-number ">"} after the section, or null. */
    private static FetchItem.Partial partial(ImapReader r) throws ParseException {
        if (!r.tryChar('<')) {
            return null;
        }
        long origin = digits(r, "partial origin");
        if (!r.tryChar('.')) {
            throw new ParseException("Invalid partial: expected <origin.count>");
        }
        long count = digits(r, "partial count");
        if (count == 0) {
            throw new ParseException("Partial count must not be zero");
        }
        if (!r.tryChar('>')) {
            throw new ParseException("Invalid partial: expected '>'");
        }
        return new FetchItem.Partial(origin, count);
    }

    private static long digits(ImapReader r, String what) throws ParseException {
        long v = 0;
        int n = 0;
        for (int b = r.peek(); b >= '0' && b <= '9'; b = r.peek()) {
            r.tryChar((char) b);
            // number64 (RFC 9051): at most 18 digits keeps it below 2^63
            v = v * 10 + (b - '0');
            if (++n > 18) {
                throw new ParseException("Invalid partial: " + what + " is out of range");
            }
        }
        if (n == 0) {
            throw new ParseException("Invalid partial: " + what + " must be a number");
        }
        return v;
    }
}
