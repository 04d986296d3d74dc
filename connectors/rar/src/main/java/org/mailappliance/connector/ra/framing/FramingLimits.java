package org.mailappliance.connector.ra.framing;

import java.util.Objects;

/**
 * The limits a connection's input is framed under.
 *
 * @param maxLine       longest command text in octets (IMAP: all line pieces of one command together), like Cyrus's maxword
 * @param maxLiteral    largest literal or DOT data in octets
 * @param literalMinus  whether LITERAL- (RFC 7888) is advertised: non-synchronizing literals above 4096 octets are fatal
 * @param memoryLimit   literal octets per frame kept on the heap; anything beyond goes to a spool file
 * @param spool         where large literals are written
 */
public record FramingLimits(int maxLine, long maxLiteral, boolean literalMinus, int memoryLimit, LiteralSpool spool) {

    public static final int DEFAULT_MAX_LINE = 131072;
    public static final long DEFAULT_MAX_LITERAL = 256L * 1024 * 1024;
    public static final int DEFAULT_MEMORY_LIMIT = 64 * 1024;
    /** RFC 7888: the largest non-synchronizing literal a LITERAL- server must accept. */
    public static final int LITERAL_MINUS_MAX = 4096;

    public FramingLimits {
        if (maxLine <= 0 || maxLiteral < 0 || memoryLimit < 0) {
            throw new IllegalArgumentException("framing limits must be positive");
        }
        Objects.requireNonNull(spool, "spool");
    }
}
