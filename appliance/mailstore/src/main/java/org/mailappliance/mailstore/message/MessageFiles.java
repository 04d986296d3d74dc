package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.mailappliance.mailstore.mailbox.MailboxNames;
import org.mailappliance.mailstore.partition.Partitions;

/**
 * Where message files live and the durable file operations on them: Cyrus's names ({@code <uid>.} in the mailbox
 * directory, stage files in {@code <partition>/stage./}), hard link or copy, fsync of files and directories.
 */
final class MessageFiles {
    static final String STAGE_DIRECTORY = "stage.";
    private static final Pattern MESSAGE_FILE = Pattern.compile("[1-9][0-9]{0,9}\\.");
    private static final AtomicLong STAGE_COUNTER = new AtomicLong();

    private final Partitions partitions;

    MessageFiles(Partitions partitions) {
        this.partitions = partitions;
    }

    Path partitionPath(String partition) {
        return partitions.path(partition).orElseThrow(() -> new IllegalStateException(
                "partition " + partition + " is not configured (partition-" + partition + " in imapd.conf)"));
    }

    Path mailboxDirectory(String partition, String mailbox) {
        return partitionPath(partition).resolve(MailboxNames.relativeDirectory(mailbox));
    }

    static Path messageFile(Path mailboxDirectory, long uid) {
        return mailboxDirectory.resolve(uid + ".");
    }

    /** The UID a file name {@code <uid>.} stands for, or -1 for any other name. */
    static long uidOf(Path file) {
        String name = file.getFileName().toString();
        return MESSAGE_FILE.matcher(name).matches() ? Long.parseLong(name.substring(0, name.length() - 1)) : -1;
    }

    Path stageDirectory(String partition) throws IOException {
        Path dir = partitionPath(partition).resolve(STAGE_DIRECTORY);
        ensureDirectory(dir);
        return dir;
    }

    Path newStageFile(String partition) throws IOException {
        return stageDirectory(partition).resolve(ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + "-"
                + STAGE_COUNTER.incrementAndGet());
    }

    /** Writes the stream to a new stage file as it is read, fsyncs it, and returns its size and SHA-1. */
    StagedFile stageFromStream(String partition, InputStream source) throws IOException {
        Path stage = newStageFile(partition);
        MessageDigest sha1 = sha1();
        long size = 0;
        try (FileChannel channel = FileChannel.open(stage, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel);
                DigestInputStream in = new DigestInputStream(source, sha1)) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                size += n;
            }
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stage);
            throw e;
        }
        return new StagedFile(partition, stage, size, HexFormat.of().formatHex(sha1.digest()));
    }

    /**
     * Stages an already spooled file: a hard link when it is on the same file system (no copy at all), else a
     * streamed copy; either way the data is fsynced before it is used.
     */
    StagedFile stageFromFile(String partition, Path spooled) throws IOException {
        Path stage = newStageFile(partition);
        try {
            Files.createLink(stage, spooled);
        } catch (IOException | UnsupportedOperationException e) {
            try (InputStream in = Files.newInputStream(spooled)) {
                return stageFromStream(partition, in);
            }
        }
        try {
            fsyncFile(stage);
            return new StagedFile(partition, stage, Files.size(stage), sha1Of(stage));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(stage);
            throw e;
        }
    }

    /** Another partition's stage file, copied from one staged elsewhere. */
    StagedFile restage(StagedFile from, String partition) throws IOException {
        try (InputStream in = Files.newInputStream(from.path())) {
            return stageFromStream(partition, in);
        }
    }

    /**
     * Puts {@code source} at {@code target}: a hard link when allowed, else a copy that is fsynced. A file already
     * at {@code target} is a leftover of a crash before its record committed (the caller holds the UID, which no
     * record has) and is replaced. The directory is not fsynced here; see {@link #fsyncDirectory}.
     */
    void place(Path source, Path target, boolean link) throws IOException {
        ensureDirectory(target.getParent());
        for (int attempt = 0; ; attempt++) {
            try {
                if (link) {
                    Files.createLink(target, source);
                } else {
                    copyDurably(source, target);
                }
                return;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 0) {
                    throw e;
                }
                Files.delete(target);
            }
        }
    }

    private static void copyDurably(Path source, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                InputStream in = Files.newInputStream(source)) {
            in.transferTo(Channels.newOutputStream(out));
            out.force(true);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
    }

    /**
     * Creates a missing directory. The stat comes first because {@code createDirectories} on an existing directory
     * costs a failed mkdir and an exception, on every delivery.
     */
    static void ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
    }

    static void fsyncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Makes a directory's entries (new links, removals) durable. */
    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    static String sha1Of(Path file) throws IOException {
        MessageDigest sha1 = sha1();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha1)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-1", e);
        }
    }

    /** A fsynced file in a partition's stage directory, with what the index records about it. */
    record StagedFile(String partition, Path path, long size, String guid) {
    }
}
