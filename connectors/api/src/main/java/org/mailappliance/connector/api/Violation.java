package org.mailappliance.connector.api;

/** A limit the adapter enforced while framing input. */
public enum Violation {
    /** A line exceeded the maximum line length. The rest of the stream cannot be trusted: fatal. */
    LINE_TOO_LONG(true),
    /**
     * A synchronizing literal announced more octets than allowed. No continuation was sent and the client will not
     * send the octets, so the session continues: answer the command with NO [TOOBIG] or BAD.
     */
    LITERAL_TOO_BIG(false),
    /** A non-synchronizing literal ({n+}) or DOT data exceeded the limit; its octets are already on the way: fatal. */
    LITERAL_TOO_BIG_FATAL(true),
    /** A non-synchronizing literal larger than 4096 octets while LITERAL- is in force (RFC 7888): fatal. */
    LITERAL_MINUS_TOO_BIG(true),
    /** Input was not valid for the mode (for example a literal marker that is not a number). Session continues. */
    MALFORMED(false);

    private final boolean fatal;

    Violation(boolean fatal) {
        this.fatal = fatal;
    }

    /** Whether the adapter closes the connection after the listener has answered. */
    public boolean fatal() {
        return fatal;
    }
}
