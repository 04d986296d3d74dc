package org.mailappliance.lmtp.delivery;

/** The MAIL {@code BODY=} parameter (RFC 6152). Informational: the message is stored as received either way. */
public enum BodyType {
    /** No BODY parameter given. */
    UNSPECIFIED,
    /** {@code BODY=7BIT}. */
    SEVEN_BIT,
    /** {@code BODY=8BITMIME}. */
    EIGHT_BIT_MIME
}
