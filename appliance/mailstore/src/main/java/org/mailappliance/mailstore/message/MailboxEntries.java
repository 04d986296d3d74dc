package org.mailappliance.mailstore.message;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Per-mailbox entries of an in-memory cache, bounded by the total number of records they hold; the least recently
 * used mailboxes go first, and one mailbox larger than the budget is not kept. Entries grow outside this class's
 * lock, so their owners report growth with {@link #grew}.
 */
final class MailboxEntries<E> {
    private final int budget;
    private final ToIntFunction<E> size;
    private final LinkedHashMap<Long, E> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long total;

    /** @param budget at most this many records over all mailboxes; 0 keeps nothing */
    MailboxEntries(int budget, ToIntFunction<E> size) {
        this.budget = budget;
        this.size = size;
    }

    /** The mailbox's entry, or null. */
    synchronized E get(long mailboxId) {
        return entries.get(mailboxId);
    }

    /** The mailbox's entry when {@code valid} accepts it, else a fresh one, kept unless the budget is 0. */
    synchronized E valid(long mailboxId, Predicate<E> valid, Supplier<E> fresh) {
        E entry = entries.get(mailboxId);
        if (entry == null || !valid.test(entry)) {
            entry = fresh.get();
            if (budget > 0) {
                E old = entries.put(mailboxId, entry);
                if (old != null) {
                    total -= size.applyAsInt(old);
                }
            }
        }
        return entry;
    }

    /** The entry gained (or lost) {@code delta} records; evicts until the budget holds. */
    synchronized void grew(long mailboxId, E entry, int delta) {
        if (delta == 0 || entries.get(mailboxId) != entry) {
            return;
        }
        total += delta;
        Iterator<Map.Entry<Long, E>> it = entries.entrySet().iterator();
        // access order: the mailbox just used is last, so it goes only when it alone is over the budget
        while (total > budget && it.hasNext()) {
            total -= size.applyAsInt(it.next().getValue());
            it.remove();
        }
    }
}
