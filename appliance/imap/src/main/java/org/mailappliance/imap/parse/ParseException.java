package org.mailappliance.imap.parse;

/**
 * Malformed client input. The message is written to the client verbatim as the text of {@code tag BAD <message>},
 * so it names what was expected in words a client developer understands and never echoes raw input bytes.
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public ParseException(String message) {
        super(message);
    }
}
