package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Locale;

/**
 * One MIME entity of a message file as byte offsets: its header block {@code [headerStart, bodyStart)} (including
 * the blank line that ends it) and its body {@code [bodyStart, end)}.
 *
 * @param encapsulates whether the body is a message to descend into: message/rfc822 in an identity encoding (the
 *                     delivery-time analyzer does the same, so section numbers agree with BODYSTRUCTURE)
 * @param encoding     the Content-Transfer-Encoding, lower case, empty when the header has none (BINARY decodes it)
 */
record Entity(long headerStart, long bodyStart, long end, ContentTypeValue type, boolean encapsulates,
        String encoding) {
    /** Longest unfolded Content-Type or Content-Transfer-Encoding value kept; the rest is ignored. */
    private static final int MAX_VALUE = 16 * 1024;

    /** Reads the header of the entity that starts at {@code start} and ends at {@code end}. */
    static Entity read(FileChannel file, long start, long end, boolean digestChild) throws IOException {
        LineScanner lines = new LineScanner(file, start, end);
        StringBuilder contentType = null;
        StringBuilder encoding = null;
        StringBuilder current = null;
        long bodyStart = end;
        while (lines.next()) {
            if (lines.blank()) {
                bodyStart = lines.lineEnd();
                break;
            }
            int first = lines.prefixLength() > 0 ? lines.at(0) : -1;
            if (first == ' ' || first == '\t') {
                append(current, lines.text(lines.prefixLength()));
                continue;
            }
            current = null;
            String name = fieldName(lines);
            if (name == null) {
                continue;
            }
            if (name.equals("content-type") && contentType == null) {
                contentType = new StringBuilder();
                current = contentType;
            } else if (name.equals("content-transfer-encoding") && encoding == null) {
                encoding = new StringBuilder();
                current = encoding;
            }
            if (current != null) {
                String line = lines.text(lines.prefixLength());
                append(current, line.substring(line.indexOf(':') + 1));
            }
        }
        ContentTypeValue type = ContentTypeValue.parse(contentType == null ? null : contentType.toString(),
                digestChild);
        String cte = encoding == null ? "" : encoding.toString().strip().toLowerCase(Locale.ROOT);
        boolean identity = cte.isEmpty() || cte.equals("7bit") || cte.equals("8bit") || cte.equals("binary");
        return new Entity(start, bodyStart, end, type, type.message() && identity, cte);
    }

    private static void append(StringBuilder value, String text) {
        if (value != null && value.length() < MAX_VALUE) {
            value.append(text, 0, Math.min(text.length(), MAX_VALUE - value.length()));
        }
    }

    /** The lower-case name before ':' (blanks before the colon allowed, RFC 5322 obs-optional), or null. */
    static String fieldName(LineScanner line) {
        int n = line.prefixLength();
        for (int i = 0; i < n; i++) {
            int c = line.at(i);
            if (c == ':') {
                String name = line.text(i).stripTrailing();
                return name.isEmpty() ? null : name.toLowerCase(Locale.ROOT);
            }
            if (c < 0x21 && c != ' ' && c != '\t' || c == 0x7f) {
                return null;
            }
        }
        return null;
    }
}
