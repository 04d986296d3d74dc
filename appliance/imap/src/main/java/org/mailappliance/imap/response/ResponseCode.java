package org.mailappliance.imap.response;

import java.util.List;
import java.util.Locale;

/**
 * A response code: the bracketed part of resp-text, such as {@code [CAPABILITY IMAP4rev1 ...]} or
 * {@code [AUTHENTICATIONFAILED]} (RFC 9051 §7.1, RFC 5530).
 *
 * @param name  the atom, upper case
 * @param value the text after it, or null (must not contain "]" or CRLF)
 */
public record ResponseCode(String name, String value) {

    public static final ResponseCode ALERT = of("ALERT");
    public static final ResponseCode AUTHENTICATIONFAILED = of("AUTHENTICATIONFAILED");
    public static final ResponseCode AUTHORIZATIONFAILED = of("AUTHORIZATIONFAILED");
    public static final ResponseCode PRIVACYREQUIRED = of("PRIVACYREQUIRED");
    public static final ResponseCode UNAVAILABLE = of("UNAVAILABLE");
    public static final ResponseCode TOOBIG = of("TOOBIG");
    public static final ResponseCode SERVERBUG = of("SERVERBUG");
    public static final ResponseCode CLIENTBUG = of("CLIENTBUG");
    public static final ResponseCode CANNOT = of("CANNOT");
    public static final ResponseCode CONTACTADMIN = of("CONTACTADMIN");
    public static final ResponseCode LIMIT = of("LIMIT");
    public static final ResponseCode NONEXISTENT = of("NONEXISTENT");
    public static final ResponseCode NOPERM = of("NOPERM");
    public static final ResponseCode TRYCREATE = of("TRYCREATE");
    public static final ResponseCode OVERQUOTA = of("OVERQUOTA");
    public static final ResponseCode ALREADYEXISTS = of("ALREADYEXISTS");
    public static final ResponseCode READ_ONLY = of("READ-ONLY");
    public static final ResponseCode READ_WRITE = of("READ-WRITE");
    public static final ResponseCode CLOSED = of("CLOSED");

    public ResponseCode {
        name = name.toUpperCase(Locale.ROOT);
        if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 0x7f && c != ']' && c != '[')) {
            throw new IllegalArgumentException("bad response code name: " + name);
        }
        if (value != null && (value.indexOf(']') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0)) {
            throw new IllegalArgumentException("bad response code value: " + value);
        }
    }

    public static ResponseCode of(String name) {
        return new ResponseCode(name, null);
    }

    public static ResponseCode of(String name, String value) {
        return new ResponseCode(name, value);
    }

    /** {@code [CAPABILITY cap1 cap2 ...]}. */
    public static ResponseCode capability(List<String> capabilities) {
        return new ResponseCode("CAPABILITY", String.join(" ", capabilities));
    }

    @Override
    public String toString() {
        return "[" + name + (value == null || value.isEmpty() ? "" : " " + value) + "]";
    }
}
