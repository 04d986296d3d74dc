package org.mailappliance.imap.sort;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last SORT and THREAD results per mailbox and request, shared by all sessions. A result depends only on the
 * request and on the selected messages' sort records, which never change once stored; so a result computed for
 * exactly the same UIDs of the same mailbox (name and UIDVALIDITY) is still right. Clients repeat the same SORT on
 * every refresh; a new message, an expunge or another search changes the UIDs and the result is computed afresh.
 *
 * @param <R> the cached result: an order of the UIDs, or a thread tree over them
 */
public final class ResultCache<R> {
    private record Key(String mailbox, long uidValidity, Object request) {
    }

    private record Entry<R>(long[] uids, R result) {
    }

    private final Map<Key, Entry<R>> entries;

    /** @param capacity how many results are kept (least recently used go first) */
    public ResultCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry<R>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result for this request over exactly these UIDs (ascending), or null. */
    public synchronized R get(String mailbox, long uidValidity, Object request, long[] uids) {
        Entry<R> e = entries.get(new Key(mailbox, uidValidity, request));
        return e != null && Arrays.equals(e.uids(), uids) ? e.result() : null;
    }

    /** Keeps a result; {@code uids} must not be changed afterwards. */
    public synchronized void put(String mailbox, long uidValidity, Object request, long[] uids, R result) {
        entries.put(new Key(mailbox, uidValidity, request), new Entry<>(uids, result));
    }
}
