package org.mailappliance.mailstore.message.mime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RecursionMode;

/**
 * Streams a message through Mime4j's token stream and builds the entity tree with IMAP body sizes and line counts.
 * Encapsulated messages (message/rfc822 in 7bit/8bit/binary) are parsed from their body stream as it is counted.
 * Broken MIME never makes this fail: whatever was parsed before the problem is kept.
 */
final class MimeParser {
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxHeaderLen(-1)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .build();
    /** Encapsulation deeper than this is counted but not parsed (a message bomb must not recurse without end). */
    private static final int MAX_DEPTH = 20;

    private MimeParser() {
    }

    static MimeEntity parse(InputStream in) {
        return parse(in, false, 0);
    }

    private static MimeEntity parse(InputStream in, boolean digestChild, int depth) {
        MimeEntity root = new MimeEntity(digestChild);
        MimeTokenStream stream = new MimeTokenStream(CONFIG);
        stream.setRecursionMode(RecursionMode.M_NO_RECURSE);
        stream.parse(in);
        Deque<MimeEntity> open = new ArrayDeque<>();
        open.push(root);
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        MimeEntity parent = open.peek();
                        MimeEntity part = new MimeEntity(parent.contentType().is("multipart", "digest"));
                        parent.children.add(part);
                        open.push(part);
                    }
                    case T_END_BODYPART -> open.pop();
                    case T_FIELD -> open.peek().header.add(toHeaderField(stream.getField()));
                    case T_START_MULTIPART -> open.peek().multipart = true;
                    case T_BODY -> readBody(stream, open.peek(), depth);
                    default -> {
                        // preamble, epilogue, header boundaries: nothing to record
                    }
                }
            }
        } catch (IOException | MimeException | RuntimeException e) {
            // index as far as it parsed; the message itself is stored byte-exact regardless
        }
        return root;
    }

    private static void readBody(MimeTokenStream stream, MimeEntity entity, int depth) throws IOException {
        LineCountingInputStream body = new LineCountingInputStream(stream.getInputStream());
        ContentType type = entity.contentType();
        if (type.is("message", "rfc822") && isIdentityEncoding(entity) && depth < MAX_DEPTH) {
            entity.encapsulated = parse(body, false, depth + 1);
        }
        body.drain();
        entity.bodySize = body.bytes();
        entity.bodyLines = body.lines();
    }

    private static boolean isIdentityEncoding(MimeEntity entity) {
        String cte = HeaderField.value(entity.header, "Content-Transfer-Encoding");
        return cte == null || cte.equalsIgnoreCase("7bit") || cte.equalsIgnoreCase("8bit")
                || cte.equalsIgnoreCase("binary");
    }

    private static HeaderField toHeaderField(Field field) {
        var raw = field.getRaw();
        if (raw == null) {
            return new HeaderField(field.getName(), field.getBody() == null ? "" : field.getBody());
        }
        String text = new String(raw.toByteArray(), StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':');
        return colon < 0 ? new HeaderField(text, "") : new HeaderField(text.substring(0, colon), text.substring(colon + 1));
    }
}
