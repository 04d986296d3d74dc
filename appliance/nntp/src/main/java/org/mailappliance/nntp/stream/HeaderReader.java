package org.mailappliance.nntp.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import org.mailappliance.nntp.port.ArticleFile;

/**
 * Reads one header field from an article's header block (for HDR of a field the overview cache does not hold).
 * Only the header block is read, at most {@link #MAX_HEADER} octets of it; the value is unfolded.
 */
public final class HeaderReader {
    public static final int MAX_HEADER = 256 * 1024;

    private HeaderReader() {
    }

    public static Optional<String> field(ArticleFile article, String name) throws IOException {
        int length = (int) Math.min(article.headerSize(), MAX_HEADER);
        byte[] header = new byte[length];
        try (InputStream in = Files.newInputStream(article.file())) {
            int read = in.readNBytes(header, 0, length);
            return field(new String(header, 0, read, StandardCharsets.UTF_8), name);
        }
    }

    /** The first field called {@code name} (case-insensitive) in a header block, unfolded and trimmed. */
    public static Optional<String> field(String header, String name) {
        String wanted = name.toLowerCase(Locale.ROOT) + ":";
        String[] lines = header.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                break;
            }
            if (lines[i].toLowerCase(Locale.ROOT).startsWith(wanted)) {
                StringBuilder value = new StringBuilder(lines[i].substring(wanted.length()));
                while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                        && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                    value.append(' ').append(lines[++i].strip());
                }
                return Optional.of(value.toString().strip());
            }
        }
        return Optional.empty();
    }
}
