package org.mailappliance.lmtp.testing;

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
    private boolean moved;

    public MemoryLiteral(byte[] octets, boolean binary) {
        this.octets = octets.clone();
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
        check();
        return new ByteArrayInputStream(octets);
    }

    @Override
    public byte[] bytes(int max) throws IOException {
        check();
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
