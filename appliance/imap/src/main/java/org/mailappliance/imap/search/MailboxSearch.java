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
     * @return the matching UIDs, ascending, and what had to be read for them
     */
    Result run(SearchKey key, SelectedMailbox view, LongPredicate recent, long[] savedUids) {
        if (view.exists() == 0) {
            return new Result(new long[0], new long[0], 0, 0, 0);
        }
        SearchEvaluator evaluator = new SearchEvaluator(zone, clock, recent, view.exists(), view.lastUid(),
                savedUids);
        List<SearchKey> fileKeys = SearchEvaluator.fileKeys(key);
        List<MessageRecord> records = messages.records(view.internalName(), view.uidAt(1), view.lastUid());
        long[] out = new long[records.size()];
        long[] modSeqs = new long[records.size()];
        int n = 0;
        int indexReads = 0;
        int fileReads = 0;
        for (MessageRecord r : records) {
            int msn = view.msnOf(r.uid());
            if (msn == 0) {
                continue;
            }
            MessageFacts facts = new MessageFacts(messages, r, msn, fileKeys);
            if (evaluator.matches(key, facts)) {
                modSeqs[n] = r.modSeq();
                out[n++] = r.uid();
            }
            indexReads += facts.readIndex() ? 1 : 0;
            fileReads += facts.readFile() ? 1 : 0;
        }
        return new Result(java.util.Arrays.copyOf(out, n), java.util.Arrays.copyOf(modSeqs, n), records.size(),
                indexReads, fileReads);
    }

    /**
     * @param uids       the matching UIDs, ascending
     * @param modSeqs    their modseqs, in the same order (CONDSTORE's {@code (MODSEQ n)} of the result)
     * @param examined   messages looked at
     * @param indexReads messages whose cached header fields were read from the index
     * @param fileReads  messages whose file was read
     */
    record Result(long[] uids, long[] modSeqs, int examined, int indexReads, int fileReads) {
        /** The highest modseq among the given matching UIDs (0 when there are none). */
        long highestModSeq(long[] of) {
            long highest = 0;
            for (long uid : of) {
                int i = java.util.Arrays.binarySearch(uids, uid);
                if (i >= 0) {
                    highest = Math.max(highest, modSeqs[i]);
                }
            }
            return highest;
        }
    }
}
