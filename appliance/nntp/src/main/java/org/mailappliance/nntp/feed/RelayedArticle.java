package org.mailappliance.nntp.feed;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.nntp.port.Posting;
import org.mailappliance.nntp.stream.HeaderReader;

/**
 * An article a news peer transferred, as this server relays it on (RFC 5537 §3.6): our name is prepended to its
 * Path, an Xref from the previous server (meaningless here) is dropped, everything else is kept as it came. Only the
 * header block is read into memory (at most {@link #MAX_HEADER} octets); the body is streamed from the adapter's
 * spool when the store reads the article.
 */
public final class RelayedArticle {
    public static final int MAX_HEADER = 64 * 1024;

    private final Literal article;
    private final String header;
    private final byte[] rewritten;
    private final int bodyStart;

    private RelayedArticle(Literal article, String header, byte[] rewritten, int bodyStart) {
        this.article = article;
        this.header = header;
        this.rewritten = rewritten;
        this.bodyStart = bodyStart;
    }

    /** The article's header block could not be found: no blank line within the limit. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    /** Reads the header block of {@code article} and prepares the relayed form with {@code pathIdentity} in Path. */
    public static RelayedArticle read(Literal article, String pathIdentity) throws IOException, Malformed {
        byte[] head;
        try (InputStream in = article.open()) {
            head = in.readNBytes(MAX_HEADER);
        }
        int end = headerEnd(head);
        if (end < 0) {
            // an article that is all header (no body) is complete when it fits
            if (head.length == article.size() && head.length < MAX_HEADER) {
                end = head.length;
            } else {
                throw new Malformed("header too long or no blank line after it");
            }
        }
        String text = new String(head, 0, end, StandardCharsets.UTF_8);
        return new RelayedArticle(article, text, rewrite(head, end, pathIdentity), end);
    }

    /** Offset just past the blank line that ends the header (CRLF or bare LF lines), or -1. */
    static int headerEnd(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] != '\n') {
                continue;
            }
            if (i + 1 < b.length && b[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /**
     * The header block with {@code pathIdentity!} in front of the first Path value and Xref fields (with their
     * continuation lines) left out; octets are copied, never decoded, so 8-bit headers pass unchanged.
     */
    static byte[] rewrite(byte[] head, int end, String pathIdentity) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end + pathIdentity.length() + 1);
        boolean dropping = false;
        boolean pathDone = false;
        int line = 0;
        while (line < end) {
            int next = line;
            while (next < end && head[next] != '\n') {
                next++;
            }
            next = Math.min(next + 1, end);
            boolean continuation = head[line] == ' ' || head[line] == '\t';
            if (!continuation) {
                String name = fieldName(head, line, next);
                dropping = "xref".equals(name);
                if (!pathDone && "path".equals(name)) {
                    int value = line + name.length() + 1;
                    while (value < next && (head[value] == ' ' || head[value] == '\t')) {
                        value++;
                    }
                    out.write(head, line, value - line);
                    out.writeBytes((pathIdentity + "!").getBytes(StandardCharsets.US_ASCII));
                    out.write(head, value, next - value);
                    pathDone = true;
                    line = next;
                    continue;
                }
            }
            if (!dropping) {
                out.write(head, line, next - line);
            }
            line = next;
        }
        return out.toByteArray();
    }

    /** The lower-cased field name of a header line, or null when the line has no colon in a plausible place. */
    private static String fieldName(byte[] head, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = head[i];
            if (b == ':') {
                return i == from ? null : new String(head, from, i - from, StandardCharsets.US_ASCII)
                        .toLowerCase(Locale.ROOT);
            }
            if (b <= ' ' || b >= 0x7f) {
                return null;
            }
        }
        return null;
    }

    /** A header field of the article as it came (unfolded, trimmed). */
    public Optional<String> field(String name) {
        return HeaderReader.field(header, name);
    }

    /** The article as it will be stored, for the store's delivery: relayed header, then the body from the spool. */
    public Posting posting(java.util.List<String> groups, String messageId) {
        return new Posting(groups, messageId, new byte[0], this::open, article.size() - bodyStart + rewritten.length);
    }

    private InputStream open() throws IOException {
        InputStream body = article.open();
        try {
            body.skipNBytes(bodyStart);
        } catch (IOException e) {
            body.close();
            throw e;
        }
        return new SequenceInputStream(new ByteArrayInputStream(rewritten), body);
    }
}
