package org.mailappliance.pop3.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.mailappliance.connector.api.Connection;

/** Streams a message to the client as a dot-stuffed multi-line response body, in chunks. */
public final class MessageSender {
    private static final int CHUNK = 16384;

    private MessageSender() {
    }

    /**
     * Sends a message (or its header, blank line and {@code bodyLines} body lines) through {@link DotStuffer},
     * terminating dot included. The caller has written the {@code +OK} line before and closes {@code in}.
     */
    public static void send(InputStream in, long bodyLines, Connection connection) throws IOException {
        DotStuffer stuffer = new DotStuffer(new ConnectionOutput(connection), bodyLines);
        byte[] chunk = new byte[CHUNK];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            stuffer.write(chunk, 0, n);
        }
        stuffer.finish();
    }

    /** The connection as an OutputStream (Connection.write copies or queues what it is given). */
    private static final class ConnectionOutput extends OutputStream {
        private final Connection connection;

        ConnectionOutput(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void write(int b) {
            connection.write(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            connection.write(b, off, len);
        }
    }
}
