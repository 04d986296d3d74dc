package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * Finds the octets of a BODY[section] in a message file by scanning it line by line with a bounded buffer (never the
 * whole message on the heap). Part numbers follow RFC 9051 §6.4.5: the parts of a multipart are numbered from 1; a
 * non-multipart message has only part 1 (its body); the parts of a message/rfc822 part are those of the message it
 * holds. A part that does not exist answers NIL, as Cyrus does (also for {@code 1.1} below a non-multipart part 1).
 */
final class SectionLocator {
    private final FileChannel file;
    private final long size;

    SectionLocator(FileChannel file, long size) {
        this.file = file;
        this.size = size;
    }

    /** The section's content, or null for NIL. */
    SectionContent locate(Section section) throws IOException {
        if (section.part().isEmpty()) {
            return messageText(Entity.read(file, 0, size, false), section);
        }
        Entity current = part(section.part());
        if (current == null) {
            return null;
        }
        return switch (section.text()) {
            case NONE -> SectionContent.region(current.bodyStart(), current.end());
            case MIME -> SectionContent.region(current.headerStart(), current.bodyStart());
            default -> current.encapsulates()
                    ? messageText(Entity.read(file, current.bodyStart(), current.end(), false), section)
                    : null;
        };
    }

    /** The entity a non-empty part path names (its body is {@code BODY[part]}), or null when there is none. */
    Entity part(java.util.List<Integer> path) throws IOException {
        Entity top = Entity.read(file, 0, size, false);
        Entity current = top;
        for (int i = 0; i < path.size(); i++) {
            Entity container = current;
            if (i > 0 && !container.type().multipart()) {
                if (!container.encapsulates()) {
                    return null;
                }
                container = Entity.read(file, container.bodyStart(), container.end(), false);
            }
            int number = path.get(i);
            if (container.type().multipart()) {
                current = child(container, number);
                if (current == null) {
                    return null;
                }
            } else if (number == 1) {
                current = container;
            } else {
                return null;
            }
        }
        return current;
    }

    /** HEADER, HEADER.FIELDS[.NOT], TEXT or everything of a message (the top level or an encapsulated one). */
    private SectionContent messageText(Entity message, Section section) throws IOException {
        return switch (section.text()) {
            case NONE -> SectionContent.region(message.headerStart(), message.end());
            case HEADER -> SectionContent.region(message.headerStart(), message.bodyStart());
            case TEXT -> SectionContent.region(message.bodyStart(), message.end());
            case HEADER_FIELDS, HEADER_FIELDS_NOT -> HeaderFieldFilter.select(file, message, section);
            case MIME -> throw new IllegalArgumentException("MIME needs a part number");
        };
    }

    /**
     * Part {@code number} of a multipart: the octets after its delimiter line up to the line break before the next
     * delimiter (that CRLF belongs to the delimiter, RFC 2046 §5.1.1). Without a close delimiter the last part runs to
     * the end of the multipart's body, as Cyrus and Dovecot answer.
     */
    private Entity child(Entity multipart, int number) throws IOException {
        byte[] boundary = multipart.type().boundary().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean digest = multipart.type().subtype().equals("digest");
        LineScanner lines = new LineScanner(file, multipart.bodyStart(), multipart.end());
        int seen = 0;
        long partStart = -1;
        long previousStart = -1;
        while (lines.next()) {
            Delimiter d = delimiter(lines, boundary);
            if (d != Delimiter.NONE) {
                if (seen == number) {
                    return part(partStart, previousStart, multipart.end(), digest);
                }
                if (d == Delimiter.CLOSE) {
                    return null;
                }
                seen++;
                partStart = lines.lineEnd();
                previousStart = -1;
            } else {
                previousStart = lines.lineStart();
            }
        }
        return seen == number ? Entity.read(file, partStart, multipart.end(), digest) : null;
    }

    /**
     * The part from {@code start} whose last line starts at {@code lastLine} (-1: the part is empty). The line break
     * before the next delimiter is not part of it, except after a nested multipart's close delimiter with nothing
     * after it: Cyrus and Dovecot both keep that line's CRLF in the nested multipart (its empty epilogue).
     */
    private Entity part(long start, long lastLine, long limit, boolean digest) throws IOException {
        if (lastLine < 0) {
            return Entity.read(file, start, start, digest);
        }
        LineScanner last = new LineScanner(file, lastLine, limit);
        last.next();
        Entity part = Entity.read(file, start, last.contentEnd(), digest);
        if (part.type().multipart() && lastLine >= part.bodyStart() && delimiter(last,
                part.type().boundary().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) == Delimiter.CLOSE) {
            return Entity.read(file, start, last.lineEnd(), digest);
        }
        return part;
    }

    private enum Delimiter { NONE, PART, CLOSE }

    /**
     * {@code --boundary} at the start of a line followed by the end of the line or a blank (whatever comes after that
     * is transport padding), or {@code --boundary--} (the close delimiter, whatever follows). {@code --boundaryX} is a
     * longer boundary that only starts with this one and is not a delimiter. These are Cyrus's rules (message.c,
     * rfc2046_strict off).
     */
    private static Delimiter delimiter(LineScanner line, byte[] boundary) {
        int n = line.prefixLength();
        if (n < boundary.length + 2 || line.at(0) != '-' || line.at(1) != '-') {
            return Delimiter.NONE;
        }
        for (int i = 0; i < boundary.length; i++) {
            if (line.at(i + 2) != (boundary[i] & 0xff)) {
                return Delimiter.NONE;
            }
        }
        int after = boundary.length + 2;
        if (after + 1 < n && line.at(after) == '-' && line.at(after + 1) == '-') {
            return Delimiter.CLOSE;
        }
        return after == n || line.at(after) == ' ' || line.at(after) == '\t' ? Delimiter.PART : Delimiter.NONE;
    }
}
