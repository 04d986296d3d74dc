package org.mailappliance.imap.thread;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.mailstore.message.SortKeys;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.BaseSubject;
import org.mailappliance.mailstore.message.sortkey.Collation;
import org.mailappliance.mailstore.message.sortkey.MessageIds;

/** Builds the sort records of a selection for threading tests: one message per call, in sequence order. */
final class Messages {
    private final List<SortRecord> records = new ArrayList<>();
    private final List<Long> numbers = new ArrayList<>();

    /**
     * @param number     what the response shows for the message
     * @param sent       its sent date (any unit: only the order matters)
     * @param id         its Message-ID, or null
     * @param subject    its Subject header
     * @param references its References header, or null
     */
    Messages add(long number, long sent, String id, String subject, String references) {
        BaseSubject.Result s = BaseSubject.of(subject);
        records.add(new SortRecord(number, sent, 100, sent, new SortKeys(Collation.key(s.base()), s.replyOrForward(),
                "", "", "", "", "", MessageIds.first(id), MessageIds.join(MessageIds.all(references)))));
        numbers.add(number);
        return this;
    }

    SortRecord[] records() {
        return records.toArray(new SortRecord[0]);
    }

    String thread(ThreadAlgorithm algorithm) {
        return ThreadResponse.format(algorithm.thread(records()), numbers.stream().mapToLong(Long::longValue).toArray());
    }
}
