package org.mailappliance.nntp.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.ArticleFile;

/**
 * Streams the whole article, its header or its body from the message file as a dot-stuffed block (ARTICLE, HEAD,
 * BODY), in chunks: an article is never held whole on the heap.
 */
public final class ArticleSender {
    private static final int CHUNK = 16384;

    /** Which part of the article goes out. */
    public enum Part { ARTICLE, HEAD, BODY }

    private ArticleSender() {
    }

    /** Writes the part and the terminating dot; the caller has written the status line. */
    public static void send(ArticleFile article, Part part, Connection connection) throws IOException {
        long size = Files.size(article.file());
        long header = Math.min(article.headerSize(), size);
        long from = part == Part.BODY ? header : 0;
        long to = switch (part) {
            case ARTICLE, BODY -> size;
            // HEAD is the header without the blank line that ends it (RFC 3977 §6.2.2)
            case HEAD -> header - blankLineLength(article.file(), header);
        };
        DotStuffer stuffer = new DotStuffer(new ConnectionOutput(connection));
        try (FileChannel channel = FileChannel.open(article.file(), StandardOpenOption.READ)) {
            channel.position(from);
            InputStream in = Channels.newInputStream(channel);
            byte[] chunk = new byte[CHUNK];
            long left = to - from;
            while (left > 0) {
                int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
                if (n < 0) {
                    throw new IOException("the article file ended early: " + article.file());
                }
                stuffer.write(chunk, 0, n);
                left -= n;
            }
        }
        stuffer.finish();
    }

    /** 2 for a CRLF blank line, 1 for a bare LF one, 0 when the header block has no terminating blank line. */
    static int blankLineLength(Path file, long headerSize) throws IOException {
        if (headerSize < 2) {
            return 0;
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            int n = (int) Math.min(3, headerSize);
            byte[] tail = new byte[n];
            f.seek(headerSize - n);
            f.readFully(tail);
            if (n == 3 && tail[0] == '\n' && tail[1] == '\r' && tail[2] == '\n') {
                return 2;
            }
            if (tail[n - 2] == '\n' && tail[n - 1] == '\n') {
                return 1;
            }
            return 0;
        }
    }

    /** The connection as an OutputStream. */
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
