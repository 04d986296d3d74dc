package org.mailappliance.lmtp.reply;

import java.util.Objects;

/**
 * One LMTP reply line: a three-digit code, an RFC 3463 enhanced status code and text. Every 2xx, 4xx and 5xx reply
 * carries an enhanced code because ENHANCEDSTATUSCODES is always advertised (RFC 2034 §3); RFC 3463 defines no class
 * 3, so the intermediate 354 has none (as in Cyrus and Postfix).
 *
 * @param code     the RFC 5321 reply code, such as 250
 * @param enhanced the RFC 3463 status such as {@code 2.1.5}; must agree with the class of {@code code}; empty for 3xx
 * @param text     free text (no CR or LF)
 */
public record Reply(int code, String enhanced, String text) {

    public Reply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("reply code out of range: " + code);
        }
        Objects.requireNonNull(enhanced, "enhanced");
        if (code / 100 == 3 ? !enhanced.isEmpty()
                : !enhanced.matches("[245]\\.\\d{1,3}\\.\\d{1,3}") || enhanced.charAt(0) - '0' != code / 100) {
            throw new IllegalArgumentException("enhanced code " + enhanced + " does not match reply code " + code);
        }
        text = Objects.requireNonNull(text, "text").replace('\r', ' ').replace('\n', ' ');
    }

    /** The wire form with CRLF. */
    public String line() {
        return code + (enhanced.isEmpty() ? "" : " " + enhanced) + (text.isEmpty() ? "" : " " + text) + "\r\n";
    }

    /** Whether this is a success (2xx). */
    public boolean positive() {
        return code / 100 == 2;
    }
}
