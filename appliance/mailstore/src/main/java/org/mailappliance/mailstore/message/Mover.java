package org.mailappliance.mailstore.message;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.quota.QuotaRoot;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * MOVE (RFC 6851): the copy into the target and the expunge of the sources in one transaction, so a crash leaves
 * the messages in exactly one of the two mailboxes. Both mailbox rows are locked in the order of their ids, so two
 * MOVEs in opposite directions wait for each other instead of deadlocking. The target is charged and the source
 * released in the same transaction; over quota nothing moves. Source files are deleted after the commit, as an
 * EXPUNGE deletes them.
 */
final class Mover {
    private final Transactions transactions;
    private final Copier copier;
    private final MessageFiles files;
    private final Quotas quotas;
    private final ChangeEvents events;
    private final ExpungeMode mode;
    private final Clock clock;
    private final RecordCache cache;

    Mover(Transactions transactions, Copier copier, MessageFiles files, Quotas quotas, ChangeEvents events,
            ExpungeMode mode, Clock clock, RecordCache cache) {
        this.transactions = transactions;
        this.copier = copier;
        this.files = files;
        this.quotas = quotas;
        this.events = events;
        this.mode = mode;
        this.clock = clock;
        this.cache = cache;
    }

    private record Outcome(CopyResult result, long sourceModSeq, List<Path> filesToDelete) {
    }

    CopyResult move(String fromMailbox, Collection<Long> uids, String toMailbox) {
        List<Path> placed = new ArrayList<>();
        Outcome outcome = transactions.run(new Transactions.Work<Outcome>() {
            @Override
            public Outcome run(Connection c) throws SQLException {
                placed.clear();
                return moveLocked(c, fromMailbox, new TreeSet<>(uids), toMailbox, placed);
            }

            @Override
            public void undo() {
                Copier.removePlaced(placed, "MOVE");
            }
        });
        Expunger.deleteFiles(outcome.filesToDelete());
        if (outcome.result() instanceof CopyResult.Copied moved && !moved.targetUids().isEmpty()) {
            List<Long> target = moved.targetUids();
            ChangePublisher.publish(events, new ChangeEvent.MessagesAppended(toMailbox, target.get(0),
                    target.get(target.size() - 1), moved.modSeq()));
            ChangePublisher.publish(events, new ChangeEvent.MessagesExpunged(fromMailbox,
                    moved.sourceUids().stream().mapToLong(Long::longValue).toArray(), outcome.sourceModSeq()));
        }
        return outcome.result();
    }

    private Outcome moveLocked(Connection c, String fromMailbox, TreeSet<Long> wanted, String toMailbox,
            List<Path> placed) throws SQLException {
        Optional<MailboxRow> source = MailboxRow.find(c, fromMailbox);
        if (source.isEmpty()) {
            return nothing(new CopyResult.NoSuchMailbox(fromMailbox));
        }
        Optional<MailboxRow> target = MailboxRow.find(c, toMailbox);
        if (target.isEmpty()) {
            return nothing(new CopyResult.NoSuchMailbox(toMailbox));
        }
        boolean same = source.get().id() == target.get().id();
        boolean sourceFirst = source.get().id() <= target.get().id();
        Optional<MailboxRow> first = MailboxRow.lock(c, sourceFirst ? fromMailbox : toMailbox);
        Optional<MailboxRow> second = same ? first : MailboxRow.lock(c, sourceFirst ? toMailbox : fromMailbox);
        Optional<MailboxRow> lockedFrom = sourceFirst ? first : second;
        Optional<MailboxRow> lockedTo = sourceFirst ? second : first;
        if (lockedFrom.isEmpty()) {
            return nothing(new CopyResult.NoSuchMailbox(fromMailbox));
        }
        if (lockedTo.isEmpty()) {
            return nothing(new CopyResult.NoSuchMailbox(toMailbox));
        }
        MailboxRow from = lockedFrom.get();
        MailboxRow to = lockedTo.get();
        List<MessageRecord> records = wanted.isEmpty() ? List.of() : sourceRecords(c, from, wanted);
        if (records.isEmpty()) {
            return nothing(new CopyResult.Copied(toMailbox, to.uidValidity(), List.of(), List.of(),
                    to.highestModSeq()));
        }
        long bytes = records.stream().mapToLong(MessageRecord::size).sum();
        if (!sameQuotaRoot(c, fromMailbox, toMailbox)
                && quotas.check(c, toMailbox, bytes, records.size()).exceeded()) {
            return nothing(new CopyResult.OverQuota(toMailbox));
        }
        long targetModSeq = to.highestModSeq() + 1;
        List<Long> targetUids = copier.placeLocked(c, from, records, to, targetModSeq, placed);
        long targetUidNext = to.uidNext() + records.size();
        to.advance(c, targetUidNext, targetModSeq);
        quotas.charge(c, toMailbox, bytes, records.size());
        List<Long> sourceUids = records.stream().map(MessageRecord::uid).toList();
        // within one mailbox the copies and the expunge share the one new modseq and the advanced UIDNEXT
        long sourceModSeq = same ? targetModSeq : from.highestModSeq() + 1;
        long sourceUidNext = same ? targetUidNext : from.uidNext();
        List<Path> toDelete = Expunger.removeLocked(c, from, sourceUids, bytes, sourceUidNext, sourceModSeq, mode,
                files, quotas, clock);
        return new Outcome(new CopyResult.Copied(toMailbox, to.uidValidity(), sourceUids, targetUids, targetModSeq),
                sourceModSeq, toDelete);
    }

    private static Outcome nothing(CopyResult result) {
        return new Outcome(result, 0, List.of());
    }

    /** The unexpunged source records among {@code wanted}, ascending; from memory when it holds what the lock sees. */
    private List<MessageRecord> sourceRecords(Connection c, MailboxRow from, TreeSet<Long> wanted)
            throws SQLException {
        List<MessageRecord> all = cache.underLock(c, from, wanted.first(), wanted.last()).orElse(null);
        if (all == null) {
            all = MessageIndex.records(c, from.name(), from.id(), wanted.first(), wanted.last(), false);
        }
        return all.stream().filter(r -> wanted.contains(r.uid())).toList();
    }

    /** A move under one quota root changes nothing it counts, so it is never refused for quota. */
    private boolean sameQuotaRoot(Connection c, String fromMailbox, String toMailbox) throws SQLException {
        return Objects.equals(quotas.rootOf(c, fromMailbox).map(QuotaRoot::name),
                quotas.rootOf(c, toMailbox).map(QuotaRoot::name));
    }
}
