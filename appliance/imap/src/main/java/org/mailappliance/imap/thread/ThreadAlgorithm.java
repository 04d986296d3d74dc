package org.mailappliance.imap.thread;

import java.util.List;
import java.util.function.Function;
import org.mailappliance.mailstore.message.SortRecord;

/** The threading algorithms of RFC 5256 this server implements (advertised as THREAD=name). */
public enum ThreadAlgorithm {
    ORDEREDSUBJECT(OrderedSubjectThreader::thread),
    REFERENCES(ReferencesThreader::thread);

    private final Function<SortRecord[], List<ThreadNode>> threader;

    ThreadAlgorithm(Function<SortRecord[], List<ThreadNode>> threader) {
        this.threader = threader;
    }

    /** @param records the selected messages in sequence-number order */
    public List<ThreadNode> thread(SortRecord[] records) {
        return threader.apply(records);
    }
}
