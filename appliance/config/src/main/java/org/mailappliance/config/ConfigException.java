package org.mailappliance.config;

import java.nio.file.Path;

/**
 * A configuration problem. When it concerns a line of a file, the message is always
 * {@code "file:line: what is wrong"} so that operators can jump straight to it.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ConfigException(String message) {
        super(message);
        this.file = null;
        this.line = 0;
    }

    public ConfigException(Path file, int line, String what) {
        super(file + ":" + line + ": " + what);
        this.file = file;
        this.line = line;
    }

    /** A problem with a whole file rather than one of its lines: {@code "file: what is wrong"}. */
    ConfigException(Path file, String what) {
        super(file + ": " + what);
        this.file = file;
        this.line = 0;
    }

    /** The file concerned, or null when the problem is not tied to a file. */
    public Path file() {
        return file;
    }

    /** The 1-based line concerned, or 0 when the problem is not tied to a file line. */
    public int line() {
        return line;
    }
}
