package org.mailappliance.imap.parse;

import java.util.Locale;

/**
 * The start of a command: its tag and name, with the reader left just after the name (before the SP of the first
 * argument, if any).
 */
public record CommandLine(String tag, String name, ImapReader arguments) {

    /** Thrown when the line does not even start with a valid tag: the answer is an untagged BAD. */
    public static final class InvalidTag extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidTag(String message) {
            super(message);
        }
    }

    /**
     * Reads the tag and the command name.
     *
     * @throws InvalidTag     when the line is empty or the tag is malformed (answer {@code * BAD})
     * @throws ParseException when the tag is fine but the command name is missing or malformed (answer
     *                        {@code tag BAD}); {@link ParseException#getMessage()} is the reason
     */
    public static CommandLine read(ImapReader r, TagHolder tagOut) throws InvalidTag, ParseException {
        if (r.atEnd()) {
            throw new InvalidTag("Empty command line");
        }
        String tag;
        try {
            tag = r.tag();
        } catch (ParseException e) {
            throw new InvalidTag("Invalid tag");
        }
        tagOut.tag = tag;
        r.space("command name");
        String name = r.atom("command name");
        if (!(r.atEnd() || r.peek() == ' ')) {
            throw new ParseException("Invalid command name");
        }
        name = name.toUpperCase(Locale.ROOT);
        if (name.equals("UID")) {
            // UID FETCH, UID STORE, ...: the dispatch table names them with their subcommand
            r.space("UID subcommand");
            String sub = r.atom("UID subcommand");
            if (!(r.atEnd() || r.peek() == ' ')) {
                throw new ParseException("Invalid UID subcommand");
            }
            name = name + " " + sub.toUpperCase(Locale.ROOT);
        }
        return new CommandLine(tag, name, r);
    }

    /** Receives the tag as soon as it is known, so a later error in the line can still be answered with it. */
    public static final class TagHolder {
        private String tag;

        public String tag() {
            return tag;
        }
    }
}
