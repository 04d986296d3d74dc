package org.mailappliance.imap.modseq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mailappliance.imap.parse.SequenceSet;

/**
 * A set of UIDs as ascending, disjoint, non-adjacent ranges: VANISHED may have to name {@code 1:4294967295} less
 * what is present, so UIDs are never enumerated one by one.
 */
public final class UidRanges {
    private static final UidRanges EMPTY = new UidRanges(new long[0], new long[0]);

    private final long[] firsts;
    private final long[] lasts;

    private UidRanges(long[] firsts, long[] lasts) {
        this.firsts = firsts;
        this.lasts = lasts;
    }

    public static UidRanges empty() {
        return EMPTY;
    }

    /** {@code first..last}, empty when {@code last < first}. */
    public static UidRanges range(long first, long last) {
        return last < first ? EMPTY : new UidRanges(new long[] {first}, new long[] {last});
    }

    /** The UIDs of an ascending array. */
    public static UidRanges of(long[] sortedUids) {
        Builder b = new Builder();
        for (long uid : sortedUids) {
            b.add(uid, uid);
        }
        return b.build();
    }

    /** The UIDs a client's UID set names, {@code *} standing for {@code largest}. */
    public static UidRanges of(SequenceSet set, long largest) {
        List<SequenceSet.Range> ranges = new ArrayList<>(set.resolve(largest));
        ranges.sort(Comparator.comparingLong(SequenceSet.Range::first));
        Builder b = new Builder();
        for (SequenceSet.Range r : ranges) {
            b.add(r.first(), r.last());
        }
        return b.build();
    }

    public boolean isEmpty() {
        return firsts.length == 0;
    }

    public boolean contains(long uid) {
        int i = Arrays.binarySearch(firsts, uid);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && uid <= lasts[before];
    }

    /** The UIDs in both sets. */
    public UidRanges intersect(UidRanges other) {
        Builder b = new Builder();
        int i = 0;
        int j = 0;
        while (i < firsts.length && j < other.firsts.length) {
            long lo = Math.max(firsts[i], other.firsts[j]);
            long hi = Math.min(lasts[i], other.lasts[j]);
            if (lo <= hi) {
                b.add(lo, hi);
            }
            if (lasts[i] < other.lasts[j]) {
                i++;
            } else {
                j++;
            }
        }
        return b.build();
    }

    /** The UIDs of this set that are not in {@code other}. */
    public UidRanges minus(UidRanges other) {
        Builder b = new Builder();
        int j = 0;
        for (int i = 0; i < firsts.length; i++) {
            long lo = firsts[i];
            long hi = lasts[i];
            while (j < other.firsts.length && other.lasts[j] < lo) {
                j++;
            }
            // every range of other from j on ends at or after lo: cut them out of lo..hi in order
            for (int k = j; lo <= hi && k < other.firsts.length && other.firsts[k] <= hi; k++) {
                if (other.firsts[k] > lo) {
                    b.add(lo, other.firsts[k] - 1);
                }
                lo = other.lasts[k] + 1;
            }
            if (lo <= hi) {
                b.add(lo, hi);
            }
        }
        return b.build();
    }

    /** The set as an IMAP uid-set such as {@code 1:3,7}; empty text for the empty set. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < firsts.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(firsts[i]);
            if (lasts[i] > firsts[i]) {
                sb.append(':').append(lasts[i]);
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UidRanges u && Arrays.equals(u.firsts, firsts) && Arrays.equals(u.lasts, lasts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(firsts) * 31 + Arrays.hashCode(lasts);
    }

    /** Collects ranges given in ascending order of their first UID, merging overlaps and neighbours. */
    private static final class Builder {
        private long[] firsts = new long[8];
        private long[] lasts = new long[8];
        private int n;

        void add(long first, long last) {
            if (n > 0 && first <= lasts[n - 1] + 1) {
                lasts[n - 1] = Math.max(lasts[n - 1], last);
                return;
            }
            if (n == firsts.length) {
                firsts = Arrays.copyOf(firsts, n * 2);
                lasts = Arrays.copyOf(lasts, n * 2);
            }
            firsts[n] = first;
            lasts[n] = last;
            n++;
        }

        UidRanges build() {
            return n == 0 ? EMPTY : new UidRanges(Arrays.copyOf(firsts, n), Arrays.copyOf(lasts, n));
        }
    }
}
