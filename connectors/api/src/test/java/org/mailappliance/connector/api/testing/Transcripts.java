package org.mailappliance.connector.api.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the protocol transcript tests share: where the files are and how an expected server line matches. */
public final class Transcripts {

    private Transcripts() {
    }

    /** Every {@code *.txt} under the test resources folder {@code /transcripts} of {@code anchor}'s module, sorted. */
    public static List<Path> files(Class<?> anchor) throws IOException, URISyntaxException {
        return files(anchor, "transcripts");
    }

    /** The {@code *.txt} files of the test resource folder {@code folder}, sorted by name. */
    public static List<Path> files(Class<?> anchor, String folder) throws IOException, URISyntaxException {
        return list(anchor.getResource("/" + folder));
    }

    private static List<Path> list(URL folder) throws IOException, URISyntaxException {
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(Path.of(folder.toURI()))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** An expected server line as a pattern: {@code ...} matches any text (also none), the rest literally. */
    public static Pattern pattern(String expected) {
        String[] parts = expected.split("\\.\\.\\.", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
