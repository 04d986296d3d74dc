package org.mailappliance.imap.sort;

import java.util.Arrays;
import java.util.List;
import org.mailappliance.mailstore.message.SortKeys;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.Collation;

/**
 * Orders messages by sort criteria; messages equal under all of them stay in sequence-number order (RFC 5256 §3:
 * REVERSE does not reverse that last, implicit criterion). Each criterion's values are taken out of the records
 * once, into arrays, so the comparisons of the sort touch nothing else.
 */
public final class Sorter {
    private static final SortRecord MISSING = new SortRecord(0, 0, 0, 0,
            new SortKeys("", false, "", "", "", "", "", null, null));

    private Sorter() {
    }

    /** One criterion's values for every message, as strings or as numbers. */
    private record Column(String[] strings, long[] numbers, boolean reverse) {
        int compare(int a, int b) {
            int c = strings != null ? Collation.compare(strings[a], strings[b]) : Long.compare(numbers[a], numbers[b]);
            return reverse ? -c : c;
        }
    }

    /**
     * @param records the messages in sequence-number order; null entries (records the store no longer has) sort as
     *                if every header were missing and both dates and the size were zero
     * @return indexes into {@code records}, in sort order
     */
    public static int[] sort(SortRecord[] records, List<SortCriterion> criteria) {
        int n = records.length;
        Column[] columns = new Column[criteria.size()];
        for (int c = 0; c < columns.length; c++) {
            SortKey key = criteria.get(c).key();
            String[] strings = key.isString() ? new String[n] : null;
            long[] numbers = key.isString() ? null : new long[n];
            for (int i = 0; i < n; i++) {
                SortRecord r = records[i] == null ? MISSING : records[i];
                if (strings != null) {
                    strings[i] = key.string(r);
                } else {
                    numbers[i] = key.number(r);
                }
            }
            columns[c] = new Column(strings, numbers, criteria.get(c).reverse());
        }
        Integer[] indexes = new Integer[n];
        for (int i = 0; i < n; i++) {
            indexes[i] = i;
        }
        Arrays.sort(indexes, (a, b) -> {
            for (Column column : columns) {
                int c = column.compare(a, b);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = indexes[i];
        }
        return out;
    }
}
