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
    /** Dot-terminated data (LMTP DATA, NNTP POST): unstuffed, terminator removed, delivered as one literal. */
    DOT
}
