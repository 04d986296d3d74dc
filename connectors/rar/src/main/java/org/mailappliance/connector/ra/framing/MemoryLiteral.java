package org.mailappliance.connector.ra.framing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A literal small enough to stay on the heap. */
final class MemoryLiteral implements DisposableLiteral {

    private final byte[] octets;
    private final boolean binary;

    MemoryLiteral(byte[] octets, boolean binary) {
        this.octets = octets;
        this.binary = binary;
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
        return new ByteArrayInputStream(octets);
    }

    @Override
    public byte[] bytes(int max) throws IOException {
        if (octets.length > max) {
            throw new IOException("literal of " + octets.length + " octets exceeds " + max);
        }
        return octets.clone();
    }

    @Override
    public void moveTo(Path target) throws IOException {
        Files.write(target, octets);
    }

    @Override
    public boolean inMemory() {
        return true;
    }

    @Override
    public void dispose() {
        // nothing held outside the heap
    }
}
