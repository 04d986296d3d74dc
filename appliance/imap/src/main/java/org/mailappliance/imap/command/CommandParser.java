package org.mailappliance.imap.command;

import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;

/**
 * Decodes a command's arguments into a value. The reader stands right after the command name; the parser reads the
 * SP before each argument itself. The dispatcher checks afterwards that nothing is left over.
 */
@FunctionalInterface
public interface CommandParser<A> {

    A parse(ImapReader reader) throws ParseException;

    /** For commands without arguments. */
    static CommandParser<Void> none() {
        return reader -> null;
    }
}
