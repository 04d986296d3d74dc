package org.mailappliance.lmtp.reply;

import java.util.List;
import org.mailappliance.connector.api.Connection;

/** Writes replies to a connection; the engine flushes once per input frame so pipelined replies go out together. */
public final class ReplyWriter {
    private final Connection connection;

    public ReplyWriter(Connection connection) {
        this.connection = connection;
    }

    public void send(Reply reply) {
        connection.write(reply.line());
    }

    /**
     * A multi-line 250 reply (LHLO): every line but the last as {@code 250-text}, the last as {@code 250 text}.
     * Capability lines carry no enhanced code (RFC 2034 §3 exempts the EHLO/LHLO keyword lines).
     */
    public void multiline(int code, List<String> lines) {
        for (int i = 0; i < lines.size() - 1; i++) {
            connection.write(Replies.continuation(code, lines.get(i)));
        }
        connection.write(code + " " + lines.get(lines.size() - 1) + "\r\n");
    }

    /** A line without enhanced code: only the greeting (RFC 2034 exempts it). */
    public void raw(int code, String text) {
        connection.write(code + " " + text.replace('\r', ' ').replace('\n', ' ') + "\r\n");
    }

    public void flush() {
        connection.flush();
    }
}
