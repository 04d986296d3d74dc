package org.mailappliance.mailstore.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writer side of one channel's {@code log} file, doing what Cyrus's sync_log_base does: open O_APPEND|O_CREAT,
 * take an exclusive lock, make sure the path still names the file that was opened (a reader may have renamed it to
 * {@code log-run} meanwhile, and lines written there after the reader took its snapshot would be lost), write,
 * fsync, unlock; retry up to 64 times.
 *
 * <p>Cyrus compares fstat(fd) with stat(path). Java cannot fstat a channel, and comparing stat(path) before the
 * open with stat(path) after the lock is fooled by inode-number reuse (ext4 hands a freed number straight to the
 * next {@code log}). Instead the path is opened a second time and that channel asks for a lock: the JVM keeps its
 * locks per open file (identified by fstat), so the request overlaps ours exactly when the path names the file we
 * hold, and two files open at once never share an identity. The probe channel stays open until the write is
 * done, because closing a descriptor of a file drops the process's POSIX locks on it.
 */
final class SyncLogFile {
    static final String LOG = "log";
    static final String LOG_RUN = "log-run";
    /** SYNC_LOG_RETRIES in Cyrus: attempts made back to back. */
    private static final int RETRIES = 64;
    /**
     * Cyrus drops the line after its 64 attempts. A dropped line is a change a replica misses until the next full
     * sync, so after them we keep trying with short pauses (a reader renaming in a tight loop, or a loaded machine,
     * easily beats 64 quick attempts) and give up only when the log has kept moving for this long.
     */
    private static final long PATIENCE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

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
                if (tryAppend(lines)) {
                    return;
                }
            }
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            long pauseMillis = 1;
            while (System.nanoTime() < deadline) {
                pause(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 50);
                if (tryAppend(lines)) {
                    return;
                }
            }
            throw new IOException("could not lock " + file + " for " + PATIENCE_NANOS / 1_000_000_000
                    + " s: it keeps being renamed");
        } finally {
            inProcess.unlock();
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the sync_log");
        }
    }

    private boolean tryAppend(byte[] lines) throws IOException {
        try (FileChannel channel = openForAppend(); FileLock lock = channel.lock();
                FileChannel probe = openProbe()) {
            if (probe == null || !isLockedByUs(probe)) {
                return false;
            }
            ByteBuffer buffer = ByteBuffer.wrap(lines);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            return true;
        }
    }

    private FileChannel openForAppend() throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(directory);
            return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        }
    }

    /** The file the path names now, or null when there is none (renamed away). */
    private FileChannel openProbe() throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Whether the probe's file is the one this JVM holds the lock on (see the class comment). */
    private static boolean isLockedByUs(FileChannel probe) throws IOException {
        try {
            FileLock other = probe.tryLock(0, Long.MAX_VALUE, true);
            if (other != null) {
                other.release();
            }
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
