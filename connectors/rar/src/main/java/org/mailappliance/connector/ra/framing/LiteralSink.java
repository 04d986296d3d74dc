package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Collects the octets of one literal as they arrive: on the heap up to {@code memoryLimit}, then in a spool file that
 * the octets are written to straight from the network buffer, so a large literal never accumulates on the heap.
 */
final class LiteralSink {

    private final LiteralSpool spool;
    private final int memoryLimit;
    private final boolean binary;
    private ByteArrayOutputStream memory;
    private Path file;
    private FileChannel channel;
    private long size;

    LiteralSink(LiteralSpool spool, int memoryLimit, int expectedSize, boolean binary) {
        this.spool = spool;
        this.memoryLimit = memoryLimit;
        this.binary = binary;
        this.memory = new ByteArrayOutputStream(Math.max(0, Math.min(expectedSize, memoryLimit)));
    }

    long size() {
        return size;
    }

    /** Moves {@code length} readable octets of {@code in} into the literal. */
    void write(ByteBuf in, int length) throws IOException {
        if (channel == null && size + length > memoryLimit) {
            spill();
        }
        if (channel == null) {
            in.readBytes(memory, length);
        } else {
            int left = length;
            while (left > 0) {
                left -= in.readBytes(channel, left);
            }
        }
        size += length;
    }

    DisposableLiteral finish() throws IOException {
        if (channel == null) {
            return new MemoryLiteral(memory.toByteArray(), binary);
        }
        channel.close();
        channel = null;
        SpooledLiteral literal = new SpooledLiteral(file, size, binary);
        file = null;
        return literal;
    }

    /** Drops a literal that will never be completed. */
    void abort() {
        memory = null;
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // best effort: the spool directory is temporary space
        } finally {
            channel = null;
            file = null;
        }
    }

    private void spill() throws IOException {
        file = spool.newFile();
        channel = FileChannel.open(file, StandardOpenOption.WRITE);
        memory.writeTo(java.nio.channels.Channels.newOutputStream(channel));
        memory = null;
    }
}
