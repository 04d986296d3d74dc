package org.mailappliance.imap.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongPredicate;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.MessageStore;

/**
 * Runs a search program over the messages a session sees in its selected mailbox: one index query for the
 * records, then each message through the {@link SearchEvaluator}. Messages the session has not been told about yet
 * (arrived since its last EXISTS) are not searched, since it could not name them.
 */
final class MailboxSearch {
    private final MessageStore messages;
    private final ZoneId zone;
    private final Clock clock;

    MailboxSearch(MessageStore messages, ZoneId zone, Clock clock) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * @param recent    whether a UID is \Recent in this session
     * @param savedUids the saved result ({@code $}), ascending
     * @return the matching UIDs, ascending
     */
    long[] run(SearchKey key, SelectedMailbox view, LongPredicate recent, long[] savedUids) {
        if (view.exists() == 0) {
            return new long[0];
        }
        SearchEvaluator evaluator = new SearchEvaluator(zone, clock, recent, view.exists(), view.lastUid(),
                savedUids);
        List<SearchKey> fileKeys = SearchEvaluator.fileKeys(key);
        List<MessageRecord> records = messages.records(view.internalName(), view.uidAt(1), view.lastUid());
        long[] out = new long[records.size()];
        int n = 0;
        for (MessageRecord r : records) {
            int msn = view.msnOf(r.uid());
            if (msn == 0) {
                continue;
            }
            if (evaluator.matches(key, new MessageFacts(messages, r, msn, fileKeys))) {
                out[n++] = r.uid();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
