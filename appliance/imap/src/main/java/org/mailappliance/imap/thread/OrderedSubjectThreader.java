package org.mailappliance.imap.thread;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.Collation;

/**
 * THREAD=ORDEREDSUBJECT, RFC 5256 §3: messages sorted by base subject, then sent date; each run of one base
 * subject is a thread whose first message is the parent of all the others; threads ordered by the sent date of
 * their first message. Ties go by sequence number throughout.
 */
public final class OrderedSubjectThreader {
    private OrderedSubjectThreader() {
    }

    /** @param records the selected messages in sequence-number order (null: a record the store no longer has) */
    public static List<ThreadNode> thread(SortRecord[] records) {
        ThreadOrder order = new ThreadOrder(records);
        Integer[] indexes = new Integer[records.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        java.util.Arrays.sort(indexes, (a, b) -> {
            int c = Collation.compare(subject(records, a), subject(records, b));
            if (c == 0) {
                c = Long.compare(order.sentDate(a), order.sentDate(b));
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        List<ThreadNode> threads = new ArrayList<>();
        ThreadNode first = null;
        String subject = null;
        for (int index : indexes) {
            String s = subject(records, index);
            ThreadNode node = new ThreadNode(index);
            if (first != null && s.equals(subject)) {
                first.add(node);
            } else {
                threads.add(node);
                first = node;
                subject = s;
            }
        }
        for (ThreadNode t : threads) {
            t.parent = null;
        }
        threads.sort(order.bySentDate);
        return threads;
    }

    private static String subject(SortRecord[] records, int index) {
        SortRecord r = records[index];
        return r == null ? "" : r.keys().subject();
    }
}
