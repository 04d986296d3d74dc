package org.mailappliance.pop3.command;

import java.util.Locale;

/**
 * A command line cut as Cyrus's pop3d cuts it: the keyword (upper-cased here) up to the first whitespace, then the
 * argument with leading whitespace skipped, except for PASS whose password may start with a space.
 *
 * @param verb     such as {@code RETR}
 * @param argument null when the line has no argument; empty when only whitespace followed the keyword
 */
public record CommandLine(String verb, String argument) {

    public static CommandLine parse(String line) {
        int end = 0;
        while (end < line.length() && !isSpace(line.charAt(end))) {
            end++;
        }
        String verb = line.substring(0, end).toUpperCase(Locale.ROOT);
        if (end == line.length()) {
            return new CommandLine(verb, null);
        }
        int start = end + 1;
        if (!verb.equals("PASS")) {
            while (start < line.length() && isSpace(line.charAt(start))) {
                start++;
            }
        }
        return new CommandLine(verb, line.substring(start));
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == '\n';
    }

    public boolean hasArgument() {
        return argument != null;
    }

    /** A keyword followed by whitespace only: Cyrus answers "Syntax error" (AUTH excepted, for Outlook). */
    public boolean emptyArgument() {
        return argument != null && argument.isEmpty();
    }
}
