package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The unexpunged index records of recently used mailboxes, in memory, as Dovecot and Cyrus keep a mailbox's index
 * mapped: FETCH FLAGS over a whole mailbox, the new-message reports of every session and EXPUNGE's search for
 * \Deleted otherwise read every row of the mailbox again, and on H2 each row costs a secondary-index probe plus a
 * primary-map lookup.
 * <p>
 * An entry is valid for the mailbox's HIGHESTMODSEQ it was read at. Every change to a record (append, copy, flags,
 * expunge) gives it a new modseq and advances the mailbox's HIGHESTMODSEQ in the same transaction, under the mailbox
 * row lock, so commits become visible in modseq order; a reader that finds a higher HIGHESTMODSEQ reads only the
 * records above the entry's modseq (the modseq index). Records deleted outright ({@code expunge_mode: immediate})
 * leave no row to read, so a change of the mailbox's deleted-modseq reloads the whole mailbox.
 * <p>
 * Entries are filled only from committed state (connections outside any write transaction): a write transaction
 * sees its own uncommitted changes, and keeping them would outlive a rollback. Bounded by a total record count
 * ({@link MailboxEntries}).
 */
final class RecordCache {
    static final long LAST_UID = 0xFFFF_FFFFL;

    private final int budget;
    private final MailboxEntries<Entry> entries;

    /** @param budget at most this many records over all mailboxes; 0 disables the cache */
    RecordCache(int budget) {
        this.budget = budget;
        this.entries = new MailboxEntries<>(budget, Entry::size);
    }

    /**
     * The unexpunged records with {@code first <= uid <= last}, ascending, as committed now.
     *
     * @param c       a connection outside any write transaction
     * @param mailbox the mailbox row, read on {@code c} before this call
     */
    List<MessageRecord> records(Connection c, MailboxRow mailbox, long first, long last) throws SQLException {
        if (budget == 0) {
            return MessageIndex.records(c, mailbox.name(), mailbox.id(), first, last, false);
        }
        Entry entry = entries.valid(mailbox.id(), e -> e.sameMailbox(mailbox),
                () -> new Entry(mailbox.name(), mailbox.uidValidity()));
        int grew;
        List<MessageRecord> out;
        synchronized (entry) {
            int before = entry.records.size();
            entry.refresh(c, mailbox);
            out = new ArrayList<>(entry.records.subMap(first, true, last, true).values());
            grew = entry.records.size() - before;
        }
        entries.grew(mailbox.id(), entry, grew);
        return out;
    }

    /**
     * Inside a write transaction that holds the mailbox row lock: the mailbox's unexpunged records with
     * {@code first <= uid <= last}, ascending, as this transaction sees them; empty when the entry cannot tell (the
     * caller reads the rows). The entry holds the committed state at its HIGHESTMODSEQ; everything after that, this
     * transaction's own changes included, carries a higher modseq, so the entry overlaid with the records above its
     * modseq (read on {@code c}, through the modseq index) is exact. Records deleted outright since are not in that
     * read, hence the deleted-modseq check. The overlay is not kept: it may hold uncommitted changes.
     */
    Optional<List<MessageRecord>> underLock(Connection c, MailboxRow locked, long first, long last)
            throws SQLException {
        Entry entry = entries.get(locked.id());
        if (entry == null) {
            return Optional.empty();
        }
        TreeMap<Long, MessageRecord> view;
        long since;
        long deleted;
        synchronized (entry) {
            if (!entry.loaded || !entry.sameMailbox(locked) || locked.highestModSeq() < entry.highestModSeq) {
                return Optional.empty();
            }
            view = new TreeMap<>(entry.records.subMap(first, true, last, true));
            since = entry.highestModSeq;
            deleted = entry.deletedModSeq;
        }
        if (locked.highestModSeq() == since) {
            return Optional.of(new ArrayList<>(view.values()));
        }
        if (locked.deletedModSeq() != deleted) {
            return Optional.empty();
        }
        for (MessageRecord r : MessageIndex.changedSince(c, entry.name, locked.id(), since)) {
            if (r.uid() < first || r.uid() > last) {
                continue;
            }
            if (r.expunged()) {
                view.remove(r.uid());
            } else {
                view.put(r.uid(), r);
            }
        }
        return Optional.of(new ArrayList<>(view.values()));
    }

    private static final class Entry {
        final String name;
        final long uidValidity;
        final TreeMap<Long, MessageRecord> records = new TreeMap<>();
        boolean loaded;
        long highestModSeq;
        long deletedModSeq;

        Entry(String name, long uidValidity) {
            this.name = name;
            this.uidValidity = uidValidity;
        }

        boolean sameMailbox(MailboxRow row) {
            return uidValidity == row.uidValidity() && name.equals(row.name());
        }

        int size() {
            synchronized (this) {
                return records.size();
            }
        }

        /**
         * Brings the entry to the mailbox's HIGHESTMODSEQ read just before. The records read may be newer still
         * (commits after that read); reading them again later is harmless, as each read replaces a record whole.
         */
        void refresh(Connection c, MailboxRow mailbox) throws SQLException {
            if (loaded && mailbox.highestModSeq() == highestModSeq) {
                return;
            }
            if (!loaded || mailbox.highestModSeq() < highestModSeq || mailbox.deletedModSeq() != deletedModSeq) {
                records.clear();
                for (MessageRecord r : MessageIndex.records(c, name, mailbox.id(), 1, LAST_UID, false)) {
                    records.put(r.uid(), r);
                }
            } else {
                for (MessageRecord r : MessageIndex.changedSince(c, name, mailbox.id(), highestModSeq)) {
                    if (r.expunged()) {
                        records.remove(r.uid());
                    } else {
                        records.put(r.uid(), r);
                    }
                }
            }
            loaded = true;
            highestModSeq = mailbox.highestModSeq();
            deletedModSeq = mailbox.deletedModSeq();
        }
    }
}
