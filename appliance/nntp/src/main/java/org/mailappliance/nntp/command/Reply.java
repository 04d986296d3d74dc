package org.mailappliance.nntp.command;

import org.mailappliance.connector.api.Connection;

/** Writes NNTP response lines (RFC 3977 §3.2): a three-digit code and text, block lines, the terminating dot. */
public final class Reply {
    private Reply() {
    }

    public static void status(Connection c, int code, String text) {
        c.write(code + " " + text + "\r\n");
    }

    /** A line of a multi-line block; a leading dot is doubled (RFC 3977 §3.1.1). */
    public static void line(Connection c, String text) {
        c.write((text.startsWith(".") ? "." : "") + text + "\r\n");
    }

    public static void end(Connection c) {
        c.write(".\r\n");
    }
}
