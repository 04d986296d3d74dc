package org.mailappliance.connector.ra.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A literal whose octets were written to a spool file as they arrived. */
public final class SpooledLiteral implements DisposableLiteral {

    private static final Logger LOG = Logger.getLogger(SpooledLiteral.class.getName());

    private final Path file;
    private final long size;
    private final boolean binary;
    private volatile boolean gone;

    SpooledLiteral(Path file, long size, boolean binary) {
        this.file = file;
        this.size = size;
        this.binary = binary;
    }

    /** The spool file (for diagnostics and tests). */
    public Path file() {
        return file;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean binary() {
        return binary;
    }

    @Override
    public InputStream open() throws IOException {
        requirePresent();
        return Files.newInputStream(file);
    }

    @Override
    public byte[] bytes(int max) throws IOException {
        requirePresent();
        if (size > max) {
            throw new IOException("literal of " + size + " octets exceeds " + max);
        }
        return Files.readAllBytes(file);
    }

    @Override
    public void moveTo(Path target) throws IOException {
        requirePresent();
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(file);
        }
        gone = true;
    }

    @Override
    public boolean inMemory() {
        return false;
    }

    @Override
    public void dispose() {
        if (gone) {
            return;
        }
        gone = true;
        try {
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "cannot delete spool file " + file, e);
        }
    }

    private void requirePresent() throws IOException {
        if (gone) {
            throw new IOException("literal spool file was already moved or released: " + file);
        }
    }
}
