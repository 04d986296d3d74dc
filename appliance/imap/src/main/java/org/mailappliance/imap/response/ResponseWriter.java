package org.mailappliance.imap.response;

import java.util.List;
import org.mailappliance.connector.api.Connection;

/**
 * Writes IMAP responses to one connection: status responses, untagged data built with {@link ResponseLine}, and
 * continuation requests. Nothing reaches the client until {@link #flush()}; the engine flushes once per command.
 */
public final class ResponseWriter {
    private final Connection connection;
    private volatile boolean utf8;

    public ResponseWriter(Connection connection) {
        this.connection = connection;
    }

    /** Once UTF8=ACCEPT is enabled, strings with 8-bit characters may be quoted instead of sent as literals. */
    public void utf8(boolean enabled) {
        this.utf8 = enabled;
    }

    /** {@code tag status [code] text}. */
    public void tagged(String tag, Status status, ResponseCode code, String text) {
        status(tag, status, code, text);
    }

    /** {@code * status [code] text}. */
    public void untagged(Status status, ResponseCode code, String text) {
        status("*", status, code, text);
    }

    /** {@code * BYE text}. */
    public void bye(String text) {
        untagged(Status.BYE, null, text);
    }

    /** {@code * CAPABILITY cap1 cap2 ...}. */
    public void capability(List<String> capabilities) {
        ResponseLine line = untagged().atom("CAPABILITY");
        capabilities.forEach(line::atom);
        line.end();
    }

    /** Starts an untagged data line: {@code * } followed by what the caller appends; finish it with end(). */
    public ResponseLine untagged() {
        return new ResponseLine(connection, utf8, "* ");
    }

    /** {@code + text}: a command continuation request (AUTHENTICATE, IDLE). */
    public void continuation(String text) {
        new ResponseLine(connection, utf8, "+ ").text(text == null || text.isEmpty() ? "Ready" : text).end();
    }

    /** {@code + base64}: a SASL challenge, already base64 (an empty one is {@code "+ "} alone, RFC 9051 §6.2.2). */
    public void saslChallenge(String base64) {
        connection.write("+ " + base64 + "\r\n");
    }

    private void status(String tag, Status status, ResponseCode code, String text) {
        ResponseLine line = new ResponseLine(connection, utf8, tag + " " + status.name());
        line.needSpaceAfterPrefix();
        if (code != null) {
            line.atom(code.toString());
        }
        line.text(text == null || text.isEmpty() ? status.name().toLowerCase(java.util.Locale.ROOT) : text);
        line.end();
    }

    /** Sends what has been written. */
    public void flush() {
        connection.flush();
    }
}
