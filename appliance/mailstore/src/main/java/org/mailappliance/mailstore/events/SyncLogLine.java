package org.mailappliance.mailstore.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sync_log line: {@code TYPE SP arg [SP arg]}, the arguments written as Cyrus's sync_log writes them
 * (imap/sync_log.c {@code sync_quote_name}): bare when safe; else double-quoted, with {@code \ " { }} escaped by a
 * backslash. Space, tab and parentheses force quoting without escaping; the empty string is {@code ""}.
 */
public record SyncLogLine(String type, List<String> args) {

    public SyncLogLine {
        Objects.requireNonNull(type, "type");
        args = List.copyOf(args);
    }

    public static SyncLogLine of(String type, String... args) {
        return new SyncLogLine(type, List.of(args));
    }

    /** The line without its LF. */
    public String format() {
        StringBuilder line = new StringBuilder(type);
        for (String arg : args) {
            line.append(' ').append(quote(arg));
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * An argument as Cyrus writes it.
     *
     * @throws IllegalArgumentException for CR or LF, which Cyrus treats as fatal: the line format cannot carry them
     */
    public static String quote(String value) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        StringBuilder out = new StringBuilder(value.length() + 2);
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\r', '\n' -> throw new IllegalArgumentException("line break in sync_log argument: " + value);
                case '\\', '"', '{', '}' -> {
                    quote = true;
                    out.append('\\');
                }
                case ' ', '\t', '(', ')' -> quote = true;
                default -> {
                }
            }
            out.append(c);
        }
        return quote ? "\"" + out + "\"" : out.toString();
    }

    /**
     * Reads a line written by {@link #format()} (or by Cyrus).
     *
     * @throws IllegalArgumentException naming the column of anything malformed
     */
    public static SyncLogLine parse(String line) {
        int space = line.indexOf(' ');
        String type = space < 0 ? line : line.substring(0, space);
        if (type.isEmpty()) {
            throw new IllegalArgumentException("sync_log line without a type: '" + line + "'");
        }
        List<String> args = new ArrayList<>();
        int i = space < 0 ? line.length() : space + 1;
        while (i < line.length()) {
            StringBuilder arg = new StringBuilder();
            if (line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("unterminated quoted string in sync_log line: '" + line + "'");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\') {
                        if (i >= line.length()) {
                            throw new IllegalArgumentException("dangling backslash in sync_log line: '" + line + "'");
                        }
                        c = line.charAt(i++);
                    }
                    arg.append(c);
                }
            } else {
                while (i < line.length() && line.charAt(i) != ' ') {
                    arg.append(line.charAt(i++));
                }
            }
            args.add(arg.toString());
            if (i < line.length()) {
                if (line.charAt(i) != ' ') {
                    throw new IllegalArgumentException("expected a space at column " + (i + 1) + " of sync_log line: '"
                            + line + "'");
                }
                i++;
                if (i == line.length()) {
                    throw new IllegalArgumentException("trailing space in sync_log line: '" + line + "'");
                }
            }
        }
        return new SyncLogLine(type, args);
    }
}
