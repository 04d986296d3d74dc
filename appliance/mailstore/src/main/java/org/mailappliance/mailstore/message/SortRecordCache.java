package org.mailappliance.mailstore.message;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SortRecord}s of recently sorted mailboxes, held in memory so that a repeated SORT or THREAD reads only the
 * messages that arrived since (one query for "UIDs above the last one read"). This is safe because a record never
 * changes once stored: a mailbox's entry is keyed by its row id and UIDVALIDITY, and UIDs only grow, in commit order
 * (the mailbox row lock serialises appends). A UID the view knows but the entry lacks (stored out of order, such as
 * by a replica) is read by name. Bounded by a total message count ({@link MailboxEntries}).
 */
final class SortRecordCache {
    private final MailboxEntries<Entry> entries;

    /** @param budget at most this many records over all mailboxes; 0 disables the cache */
    SortRecordCache(int budget) {
        this.entries = new MailboxEntries<>(budget, Entry::size);
    }

    /** The records of {@code uids} (ascending), aligned with them; null where the mailbox has no such record. */
    SortRecord[] records(Connection c, MailboxRow mailbox, long[] uids) throws SQLException {
        Entry entry = entries.valid(mailbox.id(), e -> e.uidValidity == mailbox.uidValidity(),
                () -> new Entry(mailbox.uidValidity()));
        int grew;
        SortRecord[] out;
        synchronized (entry) {
            int before = entry.size();
            long wanted = uids.length == 0 ? 0 : uids[uids.length - 1];
            if (wanted > entry.readThrough) {
                List<SortRecord> fresh = SortRecords.above(c, mailbox.id(), entry.readThrough);
                entry.append(fresh);
                entry.readThrough = Math.max(wanted, fresh.isEmpty() ? 0 : fresh.get(fresh.size() - 1).uid());
            }
            out = entry.lookup(uids);
            long[] missing = missing(uids, out);
            if (missing.length > 0) {
                entry.addStragglers(SortRecords.of(c, mailbox.id(), missing));
                out = entry.lookup(uids);
            }
            grew = entry.size() - before;
        }
        entries.grew(mailbox.id(), entry, grew);
        return out;
    }

    private static long[] missing(long[] uids, SortRecord[] found) {
        int n = 0;
        long[] out = new long[0];
        for (int i = 0; i < uids.length; i++) {
            if (found[i] == null) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.max(16, n * 2));
                }
                out[n++] = uids[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** One mailbox: records in UID order up to {@link #readThrough}, plus any read by name. */
    private static final class Entry {
        final long uidValidity;
        long readThrough;
        long[] uids = new long[0];
        SortRecord[] records = new SortRecord[0];
        int count;
        final Map<Long, SortRecord> stragglers = new HashMap<>();

        Entry(long uidValidity) {
            this.uidValidity = uidValidity;
        }

        int size() {
            return count + stragglers.size();
        }

        void append(List<SortRecord> fresh) {
            if (count + fresh.size() > uids.length) {
                int capacity = Math.max(count + fresh.size(), uids.length * 3 / 2);
                uids = Arrays.copyOf(uids, capacity);
                records = Arrays.copyOf(records, capacity);
            }
            for (SortRecord r : fresh) {
                uids[count] = r.uid();
                records[count++] = r;
            }
        }

        void addStragglers(List<SortRecord> found) {
            for (SortRecord r : found) {
                stragglers.put(r.uid(), r);
            }
        }

        /** Both lists ascending: one merge pass, no binary searches. */
        SortRecord[] lookup(long[] wanted) {
            SortRecord[] out = new SortRecord[wanted.length];
            int j = 0;
            for (int i = 0; i < wanted.length; i++) {
                long uid = wanted[i];
                while (j < count && uids[j] < uid) {
                    j++;
                }
                if (j < count && uids[j] == uid) {
                    out[i] = records[j];
                } else if (!stragglers.isEmpty()) {
                    out[i] = stragglers.get(uid);
                }
            }
            return out;
        }
    }
}
