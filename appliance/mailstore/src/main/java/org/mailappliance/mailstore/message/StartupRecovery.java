package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.Database;

/**
 * Brings files and index back in step after a crash, before the store serves anyone: empties every partition's
 * stage directory, removes message files no committed record owns, finishes file removals of semidelayed expunges,
 * and marks records whose file is gone as {@code missing} (and back to {@code present} when the file reappears).
 * Must run while nothing writes to the store.
 */
final class StartupRecovery {
    private static final Logger LOG = Logger.getLogger(StartupRecovery.class.getName());

    private final Database database;
    private final MessageFiles files;
    private final org.mailappliance.mailstore.partition.Partitions partitions;

    StartupRecovery(Database database, MessageFiles files, org.mailappliance.mailstore.partition.Partitions partitions) {
        this.database = database;
        this.files = files;
        this.partitions = partitions;
    }

    private record MailboxDir(long id, String name, String partition) {
    }

    RecoveryReport run() {
        int stage = 0;
        for (String partition : partitions.all().keySet()) {
            stage += emptyStage(partition);
        }
        int orphans = 0;
        int expunged = 0;
        int missing = 0;
        int found = 0;
        for (MailboxDir mailbox : mailboxes()) {
            Path dir;
            try {
                dir = files.mailboxDirectory(mailbox.partition(), mailbox.name());
            } catch (RuntimeException e) {
                LOG.warning("recovery skips mailbox " + mailbox.name() + ": " + e.getMessage());
                continue;
            }
            Map<Long, String> states = fileStates(mailbox.id());
            Set<Long> present = filesIn(dir);
            for (long uid : present) {
                String state = states.get(uid);
                if (state == null || state.equals(MessageIndex.FILE_REMOVED)) {
                    delete(MessageFiles.messageFile(dir, uid));
                    if (state == null) {
                        orphans++;
                    } else {
                        expunged++;
                    }
                } else if (state.equals(MessageIndex.FILE_MISSING)) {
                    setState(mailbox.id(), uid, MessageIndex.FILE_PRESENT);
                    found++;
                }
            }
            for (Map.Entry<Long, String> e : states.entrySet()) {
                if (e.getValue().equals(MessageIndex.FILE_PRESENT) && !present.contains(e.getKey())) {
                    LOG.severe("mailbox " + mailbox.name() + " uid " + e.getKey() + ": the message file "
                            + MessageFiles.messageFile(dir, e.getKey()) + " is missing; record marked missing");
                    setState(mailbox.id(), e.getKey(), MessageIndex.FILE_MISSING);
                    missing++;
                }
            }
        }
        RecoveryReport report = new RecoveryReport(stage, orphans, expunged, missing, found);
        LOG.info("message store recovery: " + stage + " stage files removed, " + orphans
                + " orphan message files removed, " + expunged + " expunged files removed, " + missing
                + " records with missing files, " + found + " missing files found again");
        return report;
    }

    private int emptyStage(String partition) {
        Path dir = partitions.path(partition).orElseThrow().resolve(MessageFiles.STAGE_DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    delete(p);
                    removed++;
                }
            }
            MessageFiles.fsyncDirectory(dir);
        } catch (IOException e) {
            throw new StoreException("recovery cannot clean " + dir + ": " + e, e);
        }
        return removed;
    }

    private List<MailboxDir> mailboxes() {
        return database.withConnection(c -> {
            List<MailboxDir> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, partition_name FROM mailboxes");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new MailboxDir(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    private Map<Long, String> fileStates(long mailboxId) {
        return database.withConnection(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT uid, file_state FROM messages WHERE mailbox_id = ?")) {
                s.setLong(1, mailboxId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            return out;
        });
    }

    private void setState(long mailboxId, long uid, String state) {
        database.withConnection(c -> update(c, mailboxId, uid, state));
    }

    private static int update(Connection c, long mailboxId, long uid, String state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE messages SET file_state = ? WHERE mailbox_id = ? AND uid = ?")) {
            s.setString(1, state);
            s.setLong(2, mailboxId);
            s.setLong(3, uid);
            return s.executeUpdate();
        }
    }

    private static Set<Long> filesIn(Path dir) {
        Set<Long> out = new HashSet<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                long uid = MessageFiles.uidOf(p);
                if (uid > 0 && Files.isRegularFile(p)) {
                    out.add(uid);
                }
            }
        } catch (IOException e) {
            throw new StoreException("recovery cannot list " + dir + ": " + e, e);
        }
        return out;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "recovery cannot remove " + p, e);
        }
    }
}
