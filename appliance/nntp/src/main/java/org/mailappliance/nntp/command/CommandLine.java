package org.mailappliance.nntp.command;

import java.util.List;
import java.util.Locale;

/**
 * One command line split into its keyword (upper-cased: NNTP keywords are case-insensitive, RFC 3977 §3.1) and its
 * arguments (separated by spaces or tabs). {@code rest(i)} keeps the raw text from argument {@code i} on, for
 * AUTHINFO PASS passwords that contain spaces.
 */
public record CommandLine(String verb, List<String> args, String raw) {

    public static CommandLine parse(String line) {
        String trimmed = line.strip();
        List<String> words = trimmed.isEmpty() ? List.of() : List.of(trimmed.split("[ \\t]+"));
        String verb = words.isEmpty() ? "" : words.get(0).toUpperCase(Locale.ROOT);
        return new CommandLine(verb, words.isEmpty() ? List.of() : words.subList(1, words.size()), trimmed);
    }

    public int count() {
        return args.size();
    }

    public String arg(int i) {
        return args.get(i);
    }

    /** Argument {@code i} upper-cased, for sub-keywords (LIST ACTIVE, MODE READER, AUTHINFO USER). */
    public String keyword(int i) {
        return args.get(i).toUpperCase(Locale.ROOT);
    }

    /** The raw text from argument {@code i} to the end of the line (spaces inside kept). */
    public String rest(int i) {
        String s = raw;
        for (int skipped = 0; skipped <= i; skipped++) {
            s = s.replaceFirst("^[^ \\t]+[ \\t]+", "");
        }
        return s;
    }
}
