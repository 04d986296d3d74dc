package org.mailappliance.imap.search;

import java.time.Clock;
import java.time.ZoneId;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.mailstore.message.MessageStore;

/** Runs the {@link SearchCriteria} of SORT and THREAD over the selected mailbox, as SEARCH runs its keys. */
public final class CriteriaSearch {
    private final MailboxSearch search;

    /** @param zone and {@code clock}: as {@link SearchCommands#install(org.mailappliance.imap.command.CommandRegistry,
     *             org.mailappliance.imap.mailbox.ImapStore, ZoneId, Clock)} takes them */
    public CriteriaSearch(MessageStore messages, ZoneId zone, Clock clock) {
        this.search = new MailboxSearch(messages, zone, clock);
    }

    /** The UIDs of the messages the session sees that match, ascending. */
    public long[] uids(SearchCriteria criteria, SelectedMailbox view) {
        if (criteria.key() instanceof SearchKey.All) {
            // the common SORT/THREAD ... ALL needs nothing from the store: every message the session sees
            int exists = view.exists();
            long[] out = new long[exists];
            for (int msn = 1; msn <= exists; msn++) {
                out[msn - 1] = view.uidAt(msn);
            }
            return out;
        }
        return search.run(criteria.key(), view, view::isRecent, SavedResults.uids(view)).uids();
    }
}
