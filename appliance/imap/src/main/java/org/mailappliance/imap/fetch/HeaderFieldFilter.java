package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * HEADER.FIELDS and HEADER.FIELDS.NOT: the selected fields of a header block, each with all its lines exactly as
 * stored (original order, folding and line ends), then the blank line (RFC 9051 §6.4.5: the subset "includes the
 * blank line"). Names compare case-insensitively. Only offsets are kept, so a huge header costs no memory.
 */
final class HeaderFieldFilter {
    private static final byte[] CRLF = {'\r', '\n'};

    private HeaderFieldFilter() {
    }

    static SectionContent select(FileChannel file, Entity message, Section section) throws IOException {
        List<SectionContent.Piece> pieces = new ArrayList<>();
        LineScanner lines = new LineScanner(file, message.headerStart(), message.bodyStart());
        long fieldStart = -1;
        long fieldEnd = -1;
        boolean selected = false;
        while (lines.next() && !lines.blank()) {
            int first = lines.prefixLength() > 0 ? lines.at(0) : -1;
            if ((first == ' ' || first == '\t') && fieldStart >= 0) {
                fieldEnd = lines.lineEnd();
                continue;
            }
            add(pieces, selected, fieldStart, fieldEnd);
            String name = Entity.fieldName(lines);
            selected = name != null && section.selects(name);
            fieldStart = name == null ? -1 : lines.lineStart();
            fieldEnd = lines.lineEnd();
        }
        add(pieces, selected, fieldStart, fieldEnd);
        pieces.add(new SectionContent.Fixed(CRLF));
        return new SectionContent(pieces);
    }

    /** Adds a selected field, joining it to the previous region when they are adjacent. */
    private static void add(List<SectionContent.Piece> pieces, boolean selected, long start, long end) {
        if (!selected || start < 0) {
            return;
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1) instanceof SectionContent.FileRegion last
                && last.offset() + last.length() == start) {
            pieces.set(pieces.size() - 1, new SectionContent.FileRegion(last.offset(), end - last.offset()));
            return;
        }
        pieces.add(new SectionContent.FileRegion(start, end - start));
    }
}
