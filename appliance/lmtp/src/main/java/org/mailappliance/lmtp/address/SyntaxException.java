package org.mailappliance.lmtp.address;

/** A MAIL or RCPT argument that does not follow RFC 5321 syntax; the message says where. */
public final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public SyntaxException(String message) {
        super(message);
    }
}
