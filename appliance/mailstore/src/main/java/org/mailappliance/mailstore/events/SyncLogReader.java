package org.mailappliance.mailstore.events;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reader side of one sync_log channel, as sync_client does it: a leftover {@code log-run} (a run that did not
 * finish) is processed first; otherwise {@code log} is renamed to {@code log-run}, which new writers then no
 * longer find (they create a fresh {@code log}); the reader locks {@code log-run} once to wait for any writer still
 * holding the old file, reads every line, and deletes it when the batch is {@linkplain Batch#done() done}.
 */
public final class SyncLogReader {
    private final Path directory;
    private final Path log;
    private final Path logRun;
    private final ReentrantLock inProcess;

    public SyncLogReader(Path channelDirectory) {
        this.directory = channelDirectory;
        this.log = channelDirectory.resolve(SyncLogFile.LOG);
        this.logRun = channelDirectory.resolve(SyncLogFile.LOG_RUN);
        this.inProcess = ChannelLocks.forDirectory(channelDirectory);
    }

    /** The reader of a channel ({@code ""} for the default one) under {@code configDirectory}. */
    public static SyncLogReader forChannel(Path configDirectory, String channel) {
        return new SyncLogReader(SyncLog.channelDirectory(configDirectory, channel));
    }

    public Path directory() {
        return directory;
    }

    /** The next batch of lines, or empty when nothing was logged since the last one. */
    public Optional<Batch> next() throws IOException {
        if (!Files.exists(logRun)) {
            try {
                Files.move(log, logRun, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }
        waitForWriters();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(logRun, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return Optional.of(new Batch(lines));
    }

    /** Takes every pending line (a leftover run and the current log), parsed, and removes them. */
    public List<SyncLogLine> drain() throws IOException {
        List<SyncLogLine> lines = new ArrayList<>();
        for (Optional<Batch> batch = next(); batch.isPresent(); batch = next()) {
            lines.addAll(batch.get().parsed());
            batch.get().done();
        }
        return lines;
    }

    private void waitForWriters() throws IOException {
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(logRun, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            // held only to know that no writer of the renamed file is still in the middle of a write
        } finally {
            inProcess.unlock();
        }
    }

    /** The lines of one {@code log-run}. */
    public final class Batch {
        private final List<String> lines;

        private Batch(List<String> lines) {
            this.lines = List.copyOf(lines);
        }

        public List<String> lines() {
            return lines;
        }

        /** @throws IllegalArgumentException for a line that is not in sync_log syntax */
        public List<SyncLogLine> parsed() {
            return lines.stream().map(SyncLogLine::parse).toList();
        }

        /** Processing succeeded: the run is removed. Not calling it leaves the run to be read again. */
        public void done() throws IOException {
            Files.deleteIfExists(logRun);
        }
    }
}
