package org.mailappliance.imap.search;

import org.mailappliance.imap.selected.SelectedMailbox;

/**
 * The search result a session saved with {@code RETURN (SAVE)} (RFC 5182), which {@code $} stands for. It belongs to
 * the selected-mailbox view it was made in: a new SELECT or EXAMINE opens a new view, which starts with an empty
 * result, as RFC 5182 §2.1 requires. UIDs are kept, so an expunged message simply drops out of {@code $}.
 * FETCH, STORE, COPY and MOVE resolve {@code $} through {@link #uids}.
 */
public final class SavedResults {

    private SavedResults() {
    }

    /** The saved UIDs still in the view, ascending; empty when nothing was saved in this view. */
    public static long[] uids(SelectedMailbox view) {
        return view.savedResult();
    }

    /** Kept by the view itself, so STORE, COPY, MOVE and FETCH resolve {@code $} through the same place. */
    static void save(SelectedMailbox view, long[] uids) {
        view.saveResult(uids);
    }
}
