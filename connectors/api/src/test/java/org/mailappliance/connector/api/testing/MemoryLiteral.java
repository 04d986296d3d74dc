package org.mailappliance.connector.api.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mailappliance.connector.api.Literal;

/** A literal held in memory, as the adapter delivers small ones. */
public final class MemoryLiteral implements Literal {
    private final byte[] octets;
    private final boolean binary;
    private final boolean streamOnly;
    private boolean moved;

    public MemoryLiteral(byte[] octets, boolean binary) {
        this(octets, binary, false);
    }

    /** @param streamOnly refuse {@link #bytes(int)}: message data must be streamed, never read onto the heap whole */
    public MemoryLiteral(byte[] octets, boolean binary, boolean streamOnly) {
        this.octets = octets.clone();
        this.binary = binary;
        this.streamOnly = streamOnly;
    }

    @Override
    public long size() {
        return octets.length;
    }

    @Override
    public boolean binary() {
        return binary;
    }

    @Override
    public InputStream open() {
        check();
        return new ByteArrayInputStream(octets);
    }

    @Override
    public byte[] bytes(int max) throws IOException {
        check();
        if (streamOnly) {
            throw new AssertionError("message data was read as one array instead of streamed");
        }
        if (octets.length > max) {
            throw new IOException("literal of " + octets.length + " octets exceeds " + max);
        }
        return octets.clone();
    }

    @Override
    public void moveTo(Path target) throws IOException {
        check();
        Files.write(target, octets);
        moved = true;
    }

    private void check() {
        if (moved) {
            throw new IllegalStateException("literal was moved");
        }
    }
}
