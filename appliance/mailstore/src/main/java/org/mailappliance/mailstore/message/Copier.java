package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * COPY: every source message gets the next UID of the target, its file hard-linked (copied across partitions or
 * without single-instance store), its record copied with flags, keywords, INTERNALDATE and cache; all in one
 * transaction holding the target row locked, so the copy is all or nothing.
 */
final class Copier {
    private static final Logger LOG = Logger.getLogger(Copier.class.getName());

    private final Transactions transactions;
    private final MessageFiles files;
    private final Quotas quotas;
    private final ChangeEvents events;
    private final MessageStoreSettings settings;
    private final Clock clock;

    Copier(Transactions transactions, MessageFiles files, Quotas quotas, ChangeEvents events,
            MessageStoreSettings settings, Clock clock) {
        this.transactions = transactions;
        this.files = files;
        this.quotas = quotas;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    CopyResult copy(String fromMailbox, Collection<Long> uids, String toMailbox) {
        List<Path> placed = new ArrayList<>();
        CopyResult result = transactions.run(new Transactions.Work<CopyResult>() {
            @Override
            public CopyResult run(Connection c) throws SQLException {
                placed.clear();
                Optional<MailboxRow> source = MailboxRow.find(c, fromMailbox);
                if (source.isEmpty()) {
                    return new CopyResult.NoSuchMailbox(fromMailbox);
                }
                Optional<MailboxRow> locked = MailboxRow.lock(c, toMailbox);
                if (locked.isEmpty()) {
                    return new CopyResult.NoSuchMailbox(toMailbox);
                }
                MailboxRow from = source.get();
                MailboxRow to = locked.get();
                TreeSet<Long> wanted = new TreeSet<>(uids);
                List<MessageRecord> records = wanted.isEmpty() ? List.of()
                        : MessageIndex.records(c, fromMailbox, from.id(), wanted.first(), wanted.last(), false)
                                .stream().filter(r -> wanted.contains(r.uid())).toList();
                if (records.isEmpty()) {
                    return new CopyResult.Copied(toMailbox, to.uidValidity(), List.of(), List.of(), to.highestModSeq());
                }
                long bytes = records.stream().mapToLong(MessageRecord::size).sum();
                if (quotas.check(c, toMailbox, bytes, records.size()).exceeded()) {
                    return new CopyResult.OverQuota(toMailbox);
                }
                long modSeq = to.highestModSeq() + 1;
                List<Long> targetUids = placeLocked(c, from, records, to, modSeq, placed);
                List<Long> sourceUids = records.stream().map(MessageRecord::uid).toList();
                to.advance(c, to.uidNext() + records.size(), modSeq);
                quotas.charge(c, toMailbox, bytes, records.size());
                return new CopyResult.Copied(toMailbox, to.uidValidity(), sourceUids, targetUids, modSeq);
            }

            @Override
            public void undo() {
                removePlaced(placed, "COPY");
            }
        });
        if (result instanceof CopyResult.Copied copied && !copied.targetUids().isEmpty()) {
            ChangePublisher.publish(events, new ChangeEvent.MessagesAppended(toMailbox, copied.targetUids().get(0),
                    copied.targetUids().get(copied.targetUids().size() - 1), copied.modSeq()));
        }
        return result;
    }

    /**
     * Places copies of the source records in the target, whose row the caller holds locked, under the target's
     * next UIDs: the file hard-linked (or copied) and fsynced, the record copied with flags, keywords, INTERNALDATE
     * and cache, SAVEDATE now. Does not advance the target's counters. Each file placed is added to {@code placed}
     * before anything else can fail, so the caller's undo can remove it.
     *
     * @return the new UIDs, in the order of {@code records}
     */
    List<Long> placeLocked(Connection c, MailboxRow from, List<MessageRecord> records, MailboxRow to, long modSeq,
            List<Path> placed) throws SQLException {
        long firstUid = to.uidNext();
        if (firstUid + records.size() - 1 > Appender.MAX_UID) {
            throw new StoreException("mailbox " + to.name() + " has used up its UIDs");
        }
        Path fromDir = files.mailboxDirectory(from.partition(), from.name());
        Path toDir = files.mailboxDirectory(to.partition(), to.name());
        boolean link = settings.singleInstanceStore() && from.partition().equals(to.partition());
        Instant now = clock.instant();
        List<Long> targetUids = new ArrayList<>();
        long uid = firstUid;
        try {
            for (MessageRecord r : records) {
                Path target = MessageFiles.messageFile(toDir, uid);
                files.place(MessageFiles.messageFile(fromDir, r.uid()), target, link);
                placed.add(target);
                MessageIndex.copy(c, from.id(), r.uid(), to.id(), uid, modSeq, now);
                targetUids.add(uid);
                uid++;
            }
            MessageFiles.fsyncDirectory(toDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targetUids;
    }

    /** Removes the files a rolled back transaction placed; one left behind is removed by startup recovery. */
    static void removePlaced(List<Path> placed, String what) {
        for (Path p : placed) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove " + p + " of a rolled back " + what + "; startup recovery will", e);
            }
        }
    }
}
