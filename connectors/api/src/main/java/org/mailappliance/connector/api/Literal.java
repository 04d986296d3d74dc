package org.mailappliance.connector.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The octets of an IMAP literal or of DOT data. Small ones live in memory; large ones are spooled to a file by the
 * adapter so that a connection's heap does not grow with message size. Valid only during the listener call that
 * received it, unless claimed with {@link #moveTo(Path)}.
 */
public interface Literal {

    /** Number of octets. */
    long size();

    /** Whether the literal was announced with {@code ~{n}} (RFC 3516 literal8). */
    boolean binary();

    /** A fresh stream over the octets; the caller closes it. */
    InputStream open() throws IOException;

    /** The octets as an array. Only for small literals (command arguments); throws if larger than {@code max}. */
    byte[] bytes(int max) throws IOException;

    /**
     * Makes the octets the file {@code target} (a rename when the spool file is on the same file system, else a copy).
     * Afterwards the caller owns {@code target} and the literal must not be read again.
     */
    void moveTo(Path target) throws IOException;
}
