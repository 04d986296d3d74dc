package org.mailappliance.mailstore.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writer side of one channel's {@code log} file, doing what Cyrus's sync_log_base does: open O_APPEND|O_CREAT,
 * take an exclusive lock, make sure the path still names the file that was opened (a reader may have renamed it to
 * {@code log-run} meanwhile, and lines written there after the reader took its snapshot would be lost), write,
 * fsync, unlock.
 *
 * <p>Java cannot fstat an open channel, so "the file we opened" is taken as the path's file key read just before
 * opening, and the lock is kept only if the path still has that key after locking. The key can only match a
 * different file if two complete rotations and an inode-number reuse happen between the stat and the open.
 */
final class SyncLogFile {
    static final String LOG = "log";
    static final String LOG_RUN = "log-run";
    /** SYNC_LOG_RETRIES in Cyrus. */
    private static final int RETRIES = 64;

    private final Path directory;
    private final Path file;
    private final ReentrantLock inProcess;

    SyncLogFile(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(LOG);
        this.inProcess = ChannelLocks.forDirectory(directory);
    }

    Path file() {
        return file;
    }

    Path directory() {
        return directory;
    }

    /** Appends the bytes (whole lines) as one write. */
    void append(byte[] lines) throws IOException {
        inProcess.lock();
        try {
            for (int attempt = 0; attempt < RETRIES; attempt++) {
                Object keyBefore = fileKeyOrCreate();
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                        StandardOpenOption.CREATE)) {
                    try (FileLock lock = channel.lock()) {
                        if (!Objects.equals(keyBefore, fileKey())) {
                            continue;
                        }
                        ByteBuffer buffer = ByteBuffer.wrap(lines);
                        while (buffer.hasRemaining()) {
                            channel.write(buffer);
                        }
                        channel.force(false);
                        return;
                    }
                }
            }
            throw new IOException("could not lock " + file + " after " + RETRIES + " attempts: it keeps being renamed");
        } finally {
            inProcess.unlock();
        }
    }

    private Object fileKeyOrCreate() throws IOException {
        Object key = fileKey();
        if (key != null) {
            return key;
        }
        Files.createDirectories(directory);
        try (FileChannel created = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
            // only makes sure the path exists so its key can be read before the real open
        }
        return fileKey();
    }

    private Object fileKey() throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
