package org.mailappliance.imap.search;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.mailappliance.imap.selected.SelectedMailbox;

/**
 * The search result a session saved with {@code RETURN (SAVE)} (RFC 5182), which {@code $} stands for. It belongs to
 * the selected-mailbox view it was made in: a new SELECT or EXAMINE opens a new view, which starts with an empty
 * result, as RFC 5182 §2.1 requires. UIDs are kept, so an expunged message simply drops out of {@code $}.
 * FETCH, STORE, COPY and MOVE resolve {@code $} through {@link #uids}.
 */
public final class SavedResults {
    private static final long[] NONE = new long[0];
    /** Weak keys: a view that was closed and dropped takes its saved result with it. */
    private static final Map<SelectedMailbox, long[]> SAVED = Collections.synchronizedMap(new WeakHashMap<>());

    private SavedResults() {
    }

    /** The saved UIDs, ascending; empty when nothing was saved in this view. */
    public static long[] uids(SelectedMailbox view) {
        long[] saved = SAVED.get(view);
        return saved == null ? NONE : saved.clone();
    }

    static void save(SelectedMailbox view, long[] uids) {
        SAVED.put(view, uids.clone());
    }
}
