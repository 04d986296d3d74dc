package org.mailappliance.mailstore.message.mime;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.mailappliance.mailstore.message.MessageCache;
import org.mailappliance.mailstore.message.SortFields;

/**
 * Computes a message's {@link MessageCache} once, at append: ENVELOPE, BODY, BODYSTRUCTURE, header block size
 * and sort fields. Reads the stored file as a stream (never whole on the heap). Never fails because of the
 * message's content; only an unreadable file is an error.
 */
public final class MessageAnalyzer {
    private MessageAnalyzer() {
    }

    public static MessageCache analyze(Path file) {
        try {
            long headerSize;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                headerSize = headerSize(in);
            }
            MimeEntity root;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
                root = MimeParser.parse(in);
            }
            return new MessageCache(EnvelopeRenderer.render(root.header), BodyStructureRenderer.render(root, false),
                    BodyStructureRenderer.render(root, true), headerSize, sortFields(root.header),
                    SortKeyExtractor.fromHeader(root.header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Bytes up to and including the empty line that ends the header (CRLF CRLF, or bare LF forms); the whole
     * length when there is no body.
     */
    static long headerSize(InputStream in) throws IOException {
        long position = 0;
        boolean lineStart = true;
        int b;
        while ((b = in.read()) >= 0) {
            position++;
            if (b == '\n') {
                if (lineStart) {
                    return position;
                }
                lineStart = true;
            } else if (b == '\r' && lineStart) {
                // an empty line may be CR LF: stay at line start
            } else {
                lineStart = false;
            }
        }
        return position;
    }

    private static SortFields sortFields(List<HeaderField> header) {
        String date = HeaderField.value(header, "Date");
        return new SortFields(cut(HeaderText.decode(HeaderField.value(header, "Subject"))),
                cut(HeaderText.decode(HeaderField.value(header, "From"))),
                cut(HeaderText.decode(HeaderField.value(header, "To"))),
                cut(HeaderText.decode(HeaderField.value(header, "Cc"))),
                cut(date), SentDateParser.parse(date),
                cut(HeaderField.value(header, "Message-ID")),
                cut(HeaderField.value(header, "References")),
                cut(HeaderField.value(header, "In-Reply-To")));
    }

    private static String cut(String s) {
        return s == null || s.length() <= SortFields.MAX_LENGTH ? s : s.substring(0, SortFields.MAX_LENGTH);
    }
}
