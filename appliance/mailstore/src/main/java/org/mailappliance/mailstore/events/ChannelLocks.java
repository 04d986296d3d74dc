package org.mailappliance.mailstore.events;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-process exclusion per sync_log directory. Java's {@link java.nio.channels.FileLock} only excludes other
 * processes: a second lock on the same file from this JVM fails with OverlappingFileLockException instead of
 * waiting. Writers and readers in this JVM therefore take this lock first, then the file lock for other processes.
 */
final class ChannelLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private ChannelLocks() {
    }

    static ReentrantLock forDirectory(Path directory) {
        return LOCKS.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> new ReentrantLock());
    }
}
