package org.mailappliance.sieve.response;

import java.nio.charset.StandardCharsets;
import org.mailappliance.connector.api.Connection;

/**
 * Writes ManageSieve responses (RFC 5804 §1.3, §4): {@code OK}, {@code NO} and {@code BYE}, each with an optional
 * response code and human-readable string. Strings go out quoted when they can, as a literal {@code {n}} otherwise.
 */
public final class Reply {
    /** Longest string sent quoted; longer ones (and any with CR, LF or NUL) become literals. */
    static final int MAX_QUOTED = 1024;

    private Reply() {
    }

    public static void ok(Connection c) {
        c.write("OK\r\n");
    }

    public static void ok(Connection c, String text) {
        c.write("OK " + string(text) + "\r\n");
    }

    /** @param code the response code without parentheses, such as {@code TAG "x"}, or null */
    public static void ok(Connection c, String code, String text) {
        c.write("OK" + (code == null ? "" : " (" + code + ")") + " " + string(text) + "\r\n");
    }

    public static void no(Connection c, String text) {
        no(c, null, text);
    }

    /** @param code the response code without parentheses, such as {@code QUOTA/MAXSIZE}, or null */
    public static void no(Connection c, String code, String text) {
        c.write("NO" + (code == null ? "" : " (" + code + ")") + " " + string(text) + "\r\n");
    }

    public static void bye(Connection c, String code, String text) {
        c.write("BYE" + (code == null ? "" : " (" + code + ")") + " " + string(text) + "\r\n");
    }

    /** One response line of quoted or literal strings, such as a capability or a LISTSCRIPTS entry. */
    public static void line(Connection c, String text) {
        c.write(text + "\r\n");
    }

    /** A string as the protocol writes it: quoted with {@code "} and {@code \} escaped, or a literal. */
    public static String string(String s) {
        if (s.length() <= MAX_QUOTED && s.chars().noneMatch(ch -> ch == '\r' || ch == '\n' || ch == 0)) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return "{" + s.getBytes(StandardCharsets.UTF_8).length + "}\r\n" + s;
    }
}
