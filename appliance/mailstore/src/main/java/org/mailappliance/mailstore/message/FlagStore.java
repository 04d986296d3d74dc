package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;

/**
 * STORE of flags. One transaction with the mailbox row locked; every message it changes gets the same new modseq
 * (as Cyrus gives one modseq per locked index update), and HIGHESTMODSEQ moves only when something changed.
 */
final class FlagStore {
    private final GroupCommit transactions;
    private final ChangeEvents events;
    private final RecordCache cache;

    /** STOREs of many sessions commit together (a flag change is a small write whose commit costs the most). */
    FlagStore(GroupCommit transactions, ChangeEvents events, RecordCache cache) {
        this.transactions = transactions;
        this.events = events;
        this.cache = cache;
    }

    StoreResult store(String mailbox, Collection<Long> uids, FlagOperation op, Set<String> flags,
            OptionalLong unchangedSince) {
        Flags given = Flags.of(flags);
        StoreResult result = transactions.run(c -> run(c, mailbox, new TreeSet<>(uids), op, given, unchangedSince));
        if (!result.updated().isEmpty()) {
            long[] changed = result.updated().stream().mapToLong(FlagUpdate::uid).toArray();
            ChangePublisher.publish(events, new ChangeEvent.FlagsChanged(mailbox, changed, result.modSeq()));
        }
        return result;
    }

    private StoreResult run(Connection c, String mailbox, TreeSet<Long> wanted, FlagOperation op, Flags given,
            OptionalLong unchangedSince) throws SQLException {
        MailboxRow row = MailboxRow.lock(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox));
        if (wanted.isEmpty()) {
            return new StoreResult(List.of(), List.of(), row.highestModSeq());
        }
        long modSeq = row.highestModSeq() + 1;
        List<FlagUpdate> updated = new ArrayList<>();
        List<Long> modified = new ArrayList<>();
        Optional<List<MessageRecord>> cached = cache.underLock(c, row, wanted.first(), wanted.last());
        List<MessageRecord> current = cached.isPresent() ? cached.get()
                : MessageIndex.records(c, mailbox, row.id(), wanted.first(), wanted.last(), false);
        for (MessageRecord r : current) {
            if (!wanted.contains(r.uid())) {
                continue;
            }
            if (unchangedSince.isPresent() && r.modSeq() > unchangedSince.getAsLong()) {
                modified.add(r.uid());
                continue;
            }
            Flags now = r.flags().apply(op, given);
            if (now.equals(r.flags())) {
                continue;
            }
            Set<String> added = new HashSet<>(now.keywords());
            added.removeAll(r.flags().keywords());
            Set<String> removed = new HashSet<>(r.flags().keywords());
            removed.removeAll(now.keywords());
            MessageIndex.removeKeywords(c, row.id(), r.uid(), removed);
            MessageIndex.addKeywords(c, row.id(), r.uid(), added);
            MessageIndex.updateFlags(c, row.id(), r.uid(), now.systemBits(), modSeq);
            updated.add(new FlagUpdate(r.uid(), modSeq, now));
        }
        if (updated.isEmpty()) {
            return new StoreResult(List.of(), modified, row.highestModSeq());
        }
        row.advance(c, row.uidNext(), modSeq);
        return new StoreResult(updated, modified, modSeq);
    }
}
