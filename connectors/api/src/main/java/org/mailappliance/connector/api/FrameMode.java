package org.mailappliance.connector.api;

/** How the adapter cuts the next input into a {@link Frame}. */
public enum FrameMode {
    /** One CRLF- (or LF-) terminated line. POP3, LMTP and NNTP commands, SASL responses, IDLE's DONE. */
    LINE,
    /**
     * An IMAP command: a line that may end in a literal marker {@code {n}} or {@code {n+}} (also {@code ~{n}} for
     * BINARY), followed by n octets and the rest of the command, repeatedly. For a synchronizing literal the adapter
     * sends the continuation itself once it has accepted the size.
     */
    IMAP,
    /**
     * A ManageSieve command (RFC 5804): framed like {@link #IMAP}, but no continuation is ever sent. RFC 5804 has no
     * continuation request, so {@code {n}} is read like {@code {n+}} (as Dovecot does): its octets follow at once,
     * and one over the limit is fatal.
     */
    SIEVE,
    /** Dot-terminated data (LMTP DATA, NNTP POST): unstuffed, terminator removed, delivered as one literal. */
    DOT
}
