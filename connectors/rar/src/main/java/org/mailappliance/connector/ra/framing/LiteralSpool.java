package org.mailappliance.connector.ra.framing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The directory large literals are spooled to (imapd.conf {@code temp_path}); created when first needed. */
public final class LiteralSpool {

    private final Path directory;

    public LiteralSpool(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    /** A new empty file for one literal. */
    Path newFile() throws IOException {
        // createDirectories on an existing directory costs a failed mkdir and an exception per literal
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        return Files.createTempFile(directory, "literal-", ".spool");
    }
}
