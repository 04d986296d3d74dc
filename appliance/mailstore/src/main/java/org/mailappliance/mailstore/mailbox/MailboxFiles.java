package org.mailappliance.mailstore.mailbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.mailappliance.mailstore.StoreException;

/**
 * Message files when mailboxes change name or disappear. A mailbox's directory holds its message files and the
 * directories of its children (Cyrus's legacy layout), so files move one by one, never whole directories.
 *
 * <p>Crash safety of a move: before the database commit every file is hard-linked into the new directory (and
 * the directory fsynced) while the old links stay; only after the commit are the old links removed. At any
 * instant the directory of the committed name holds every file. A crash before the commit leaves extra links
 * under the new name (a directory no mailbox owns; removing them loses nothing); a crash after it leaves extra
 * links under the old name, which {@link #finishMove} or recovery removes.
 */
final class MailboxFiles {
    private static final Logger LOG = Logger.getLogger(MailboxFiles.class.getName());

    private MailboxFiles() {
    }

    /** One planned move of a mailbox's files. */
    record Move(Path from, Path to, List<Path> linked) {
    }

    /**
     * Links every regular file of {@code from} into {@code to} (created if missing) and fsyncs {@code to}.
     *
     * @throws StoreException if {@code to} already holds a different file of the same name (an unknown mailbox)
     */
    static Move linkAll(Path from, Path to) {
        List<Path> linked = new ArrayList<>();
        Move move = new Move(from, to, linked);
        try {
            Files.createDirectories(to);
            for (Path file : regularFiles(from)) {
                Path target = to.resolve(file.getFileName());
                try {
                    Files.createLink(target, file);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isSameFile(target, file)) {
                        throw new StoreException("cannot move " + file + " to " + target
                                + ": a different file is there (files of an unknown mailbox; move them away or reconstruct)");
                    }
                }
                linked.add(file.getFileName());
            }
            fsyncDirectory(to);
            return move;
        } catch (IOException e) {
            undo(move);
            throw new StoreException("cannot link the files of " + from + " into " + to + ": " + e, e);
        } catch (RuntimeException e) {
            undo(move);
            throw e;
        }
    }

    /** Takes back the new links of a move whose transaction did not commit. */
    static void undo(Move move) {
        for (Path name : move.linked()) {
            try {
                Files.deleteIfExists(move.to().resolve(name));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove " + move.to().resolve(name) + " after a failed move", e);
            }
        }
        removeEmptyDirectory(move.to());
    }

    /** After the commit: removes the old links and the old directory if nothing else lives there. */
    static void finishMove(Move move) {
        for (Path name : move.linked()) {
            try {
                Files.deleteIfExists(move.from().resolve(name));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove the old link " + move.from().resolve(name)
                        + " after a committed move; recovery will", e);
            }
        }
        fsyncQuietly(move.from());
        removeEmptyDirectory(move.from());
    }

    /** After a committed delete: removes the mailbox's own files and its directory if it is then empty. */
    static void removeFiles(Path directory) {
        try {
            for (Path file : regularFiles(directory)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove every file of the deleted mailbox at " + directory
                    + "; recovery will", e);
        }
        removeEmptyDirectory(directory);
    }

    /** Takes back every move of a failed transaction, deepest new directory first so emptied ones can go. */
    static void undoAll(List<Move> moves) {
        List<Move> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparingInt((Move m) -> m.to().getNameCount()).reversed());
        sorted.forEach(MailboxFiles::undo);
    }

    /** Deepest first, so children's directories go before their parents'. */
    static List<Move> deepestFirst(List<Move> moves) {
        List<Move> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparingInt((Move m) -> m.from().getNameCount()).reversed());
        return sorted;
    }

    private static List<Path> regularFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile).toList();
        }
    }

    private static void removeEmptyDirectory(Path directory) {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // children's directories or foreign files still live here
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not remove directory " + directory, e);
        }
    }

    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (NoSuchFileException e) {
            // nothing to make durable
        }
    }

    private static void fsyncQuietly(Path directory) {
        try {
            fsyncDirectory(directory);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not fsync " + directory, e);
        }
    }
}
