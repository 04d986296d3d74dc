package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.message.MessageFiles.StagedFile;
import org.mailappliance.mailstore.quota.QuotaCheck;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * The write path of delivery and APPEND. Per target, work in a transaction holds the mailbox row locked while it
 * takes the next UID, links the stage file in as {@code <uid>.}, inserts the record, charges the quota and records
 * the delivery; the directory is fsynced before the commit. Concurrent placements share one transaction and commit
 * ({@link GroupCommit}). The lock keeps UIDs and commits in the same order, so a session never sees UID n+1 before
 * n. A crash after the link but before the commit leaves a file whose UID no record has: startup
 * recovery removes it, and the UID (never seen by anyone) is handed out again.
 */
final class Appender {
    private static final Logger LOG = Logger.getLogger(Appender.class.getName());
    static final long MAX_UID = 0xFFFF_FFFFL;
    private static final int MAX_MESSAGE_ID = 512;

    private final Transactions transactions;
    private final GroupCommit groupCommit;
    private final MessageFiles files;
    private final Quotas quotas;
    private final ChangeEvents events;
    private final MessageStoreSettings settings;
    private final Clock clock;

    Appender(Transactions transactions, GroupCommit groupCommit, MessageFiles files, Quotas quotas,
            ChangeEvents events, MessageStoreSettings settings, Clock clock) {
        this.transactions = transactions;
        this.groupCommit = groupCommit;
        this.files = files;
        this.quotas = quotas;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one target needs beyond the staged file. */
    record Placement(String mailbox, Flags flags, boolean ignoreQuota, String duplicateKey, boolean deliveryQuota) {
    }

    List<AppendResult> deliver(DeliveryRequest request) {
        Map<String, String> partitions = partitionsOf(request.targets().stream().map(DeliveryRequest.Target::mailbox)
                .toList());
        Map<String, StagedFile> staged = new LinkedHashMap<>();
        try {
            MessageCache cache = null;
            String duplicateKey = null;
            List<AppendResult> results = new ArrayList<>();
            for (DeliveryRequest.Target target : request.targets()) {
                String partition = partitions.get(target.mailbox());
                if (partition == null) {
                    results.add(new AppendResult.NoSuchMailbox(target.mailbox()));
                    continue;
                }
                try {
                    StagedFile stage = stageFor(staged, partition, request.source());
                    if (cache == null) {
                        cache = org.mailappliance.mailstore.message.mime.MessageAnalyzer.analyze(stage.path());
                        duplicateKey = duplicateKey(request.messageId() != null ? request.messageId()
                                : cache.sortFields().messageId());
                    }
                    results.add(place(stage, cache, request.internalDate(), new Placement(target.mailbox(),
                            Flags.of(target.flags()), target.ignoreQuota(), duplicateKey, true)));
                } catch (RuntimeException | IOException e) {
                    LOG.log(Level.WARNING, "delivery to " + target.mailbox() + " failed", e);
                    results.add(new AppendResult.Failed(target.mailbox(), describe(e)));
                }
            }
            return results;
        } finally {
            staged.values().forEach(Appender::removeStage);
        }
    }

    /** APPEND of an already staged file (the caller removes the stage file). */
    AppendResult append(StagedFile stage, String mailbox, Flags flags, Instant internalDate) {
        try {
            MessageCache cache = org.mailappliance.mailstore.message.mime.MessageAnalyzer.analyze(stage.path());
            return place(stage, cache, internalDate, new Placement(mailbox, flags, false, null, false));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "APPEND to " + mailbox + " failed", e);
            return new AppendResult.Failed(mailbox, describe(e));
        }
    }

    private StagedFile stageFor(Map<String, StagedFile> staged, String partition, MessageSource source)
            throws IOException {
        StagedFile existing = staged.get(partition);
        if (existing != null) {
            return existing;
        }
        StagedFile made = staged.isEmpty() ? stageFirst(partition, source)
                : files.restage(staged.values().iterator().next(), partition);
        staged.put(partition, made);
        return made;
    }

    private StagedFile stageFirst(String partition, MessageSource source) throws IOException {
        if (source instanceof MessageSource.FileSource file) {
            return files.stageFromFile(partition, file.path());
        }
        try (InputStream in = ((MessageSource.StreamSource) source).opener().open()) {
            return files.stageFromStream(partition, in);
        }
    }

    /** The partition of each active mailbox (absent ones are left out). */
    Map<String, String> partitionsOf(List<String> mailboxes) {
        return transactions.run(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : mailboxes) {
                Optional<MailboxRow> row = MailboxRow.find(c, name);
                row.ifPresent(r -> out.put(name, r.partition()));
            }
            return out;
        });
    }

    private AppendResult place(StagedFile stage, MessageCache cache, Instant internalDate, Placement p) {
        AppendResult result = groupCommit.run(new GroupCommit.Work<AppendResult>() {
            private Path placed;
            private Path directory;

            @Override
            public AppendResult run(Connection c) throws SQLException {
                placed = null;
                directory = null;
                Optional<MailboxRow> locked = MailboxRow.lock(c, p.mailbox());
                if (locked.isEmpty()) {
                    return new AppendResult.NoSuchMailbox(p.mailbox());
                }
                MailboxRow row = locked.get();
                if (p.duplicateKey() != null && settings.duplicateSuppression()
                        && MessageIndex.isDuplicate(c, p.mailbox(), p.duplicateKey())) {
                    return new AppendResult.Duplicate(p.mailbox());
                }
                if (!p.ignoreQuota() && overQuota(c, p, stage.size())) {
                    return new AppendResult.OverQuota(p.mailbox());
                }
                long uid = row.uidNext();
                if (uid > MAX_UID) {
                    throw new StoreException("mailbox " + p.mailbox() + " has used up its UIDs; it needs a new UIDVALIDITY");
                }
                long modSeq = row.highestModSeq() + 1;
                Path dir = files.mailboxDirectory(row.partition(), row.name());
                Path target = MessageFiles.messageFile(dir, uid);
                try {
                    files.place(stage.path(), target,
                            settings.singleInstanceStore() && stage.partition().equals(row.partition()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                placed = target;
                directory = dir;
                Instant now = clock.instant();
                MessageIndex.insert(c, row.id(), new MessageIndex.NewMessage(uid, modSeq, internalDate, now,
                        stage.size(), stage.guid(), p.flags(), cache));
                row.advance(c, uid + 1, modSeq);
                quotas.charge(c, p.mailbox(), stage.size(), 1);
                if (p.duplicateKey() != null && settings.duplicateSuppression()) {
                    MessageIndex.recordDelivery(c, p.mailbox(), p.duplicateKey(), now);
                }
                return new AppendResult.Appended(p.mailbox(), row.uidValidity(), uid, modSeq);
            }

            @Override
            public void beforeCommit() throws IOException {
                if (directory != null) {
                    MessageFiles.fsyncDirectory(directory);
                }
            }

            @Override
            public void undo() {
                Path file = placed;
                placed = null;
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "cannot remove " + file + " of a rolled back append; "
                                + "startup recovery will", e);
                    }
                }
            }
        });
        if (result instanceof AppendResult.Appended a) {
            ChangePublisher.publish(events, new ChangeEvent.MessagesAppended(a.mailbox(), a.uid(), a.uid(), a.modSeq()));
        }
        return result;
    }

    private boolean overQuota(Connection c, Placement p, long size) throws SQLException {
        QuotaCheck check = quotas.check(c, p.mailbox(), size, 1);
        return p.deliveryQuota() ? check.refusesDelivery(settings.strictQuota()) : check.exceeded();
    }

    private static String duplicateKey(String messageId) {
        if (messageId == null) {
            return null;
        }
        String id = messageId.strip();
        return id.isEmpty() || id.length() > MAX_MESSAGE_ID ? null : id;
    }

    static void removeStage(StagedFile stage) {
        try {
            Files.deleteIfExists(stage.path());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove stage file " + stage.path() + "; startup recovery will", e);
        }
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
