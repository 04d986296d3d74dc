package org.mailappliance.imap.sort;

import java.util.Comparator;
import java.util.List;
import org.mailappliance.mailstore.message.SortRecord;

/**
 * Orders messages by sort criteria; messages equal under all of them stay in sequence-number order (RFC 5256 §3:
 * REVERSE does not reverse that last, implicit criterion).
 */
public final class Sorter {
    private Sorter() {
    }

    /**
     * @param records the messages in sequence-number order; null entries (records the store no longer has) sort as
     *                if every header were missing and both dates and the size were zero
     * @return indexes into {@code records}, in sort order
     */
    public static int[] sort(SortRecord[] records, List<SortCriterion> criteria) {
        Comparator<SortRecord> order = null;
        for (SortCriterion c : criteria) {
            Comparator<SortRecord> one = c.reverse() ? c.key().order().reversed() : c.key().order();
            order = order == null ? one : order.thenComparing(one);
        }
        SortRecord[] present = records.clone();
        for (int i = 0; i < present.length; i++) {
            if (present[i] == null) {
                present[i] = MISSING;
            }
        }
        Comparator<SortRecord> byCriteria = order;
        Integer[] indexes = new Integer[present.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i;
        }
        // a stable sort keeps sequence-number order among equals
        java.util.Arrays.sort(indexes, (a, b) -> byCriteria.compare(present[a], present[b]));
        int[] out = new int[indexes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = indexes[i];
        }
        return out;
    }

    private static final SortRecord MISSING = new SortRecord(0, 0, 0, 0,
            new org.mailappliance.mailstore.message.SortKeys("", false, "", "", "", "", "", null, null));
}
