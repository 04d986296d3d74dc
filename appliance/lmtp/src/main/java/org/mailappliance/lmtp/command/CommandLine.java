package org.mailappliance.lmtp.command;

import java.util.Locale;

/**
 * A command line cut into its verb (upper-case) and the argument after the first space (may be empty).
 *
 * @param verb     such as {@code MAIL}
 * @param argument the rest, without the separating space; trailing spaces removed
 */
public record CommandLine(String verb, String argument) {

    public static CommandLine parse(String line) {
        int space = line.indexOf(' ');
        String verb = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space + 1).stripTrailing();
        return new CommandLine(verb.toUpperCase(Locale.ROOT), argument);
    }

    public boolean hasArgument() {
        return !argument.isEmpty();
    }
}
