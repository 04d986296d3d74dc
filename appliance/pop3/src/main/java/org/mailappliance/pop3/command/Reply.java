package org.mailappliance.pop3.command;

import org.mailappliance.connector.api.Connection;

/** Writes POP3 status and listing lines (RFC 1939 §3); the engine flushes once per input frame. */
final class Reply {
    private Reply() {
    }

    static void ok(Connection c, String text) {
        c.write(text.isEmpty() ? "+OK\r\n" : "+OK " + text + "\r\n");
    }

    static void err(Connection c, String text) {
        c.write("-ERR " + text + "\r\n");
    }

    /** A line of a multi-line response; the caller guarantees it does not start with '.'. */
    static void line(Connection c, String text) {
        c.write(text + "\r\n");
    }

    static void end(Connection c) {
        c.write(".\r\n");
    }
}
