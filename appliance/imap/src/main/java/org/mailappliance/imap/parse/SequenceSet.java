package org.mailappliance.imap.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence-set (RFC 3501 §9, RFC 9051 §9) of message sequence numbers or UIDs, or {@code $}, the saved search
 * result (RFC 5182). {@code *} is kept symbolic ({@link #STAR}) because its value depends on the mailbox at the time
 * the command runs.
 */
public final class SequenceSet {

    /** Stands for {@code *}, the largest number in use in the mailbox. */
    public static final long STAR = -1;

    /** One element: a single number when {@code first == last}; bounds may be {@link #STAR} and in either order. */
    public record Range(long first, long last) {
        /** The range with {@code *} replaced by {@code largest} and the bounds ordered. */
        public Range resolve(long largest) {
            long a = first == STAR ? largest : first;
            long b = last == STAR ? largest : last;
            return new Range(Math.min(a, b), Math.max(a, b));
        }

        @Override
        public String toString() {
            String a = first == STAR ? "*" : Long.toString(first);
            if (first == last) {
                return a;
            }
            return a + ":" + (last == STAR ? "*" : Long.toString(last));
        }
    }

    private static final SequenceSet SAVED = new SequenceSet(List.of(), true);

    private final List<Range> ranges;
    private final boolean savedResult;

    private SequenceSet(List<Range> ranges, boolean savedResult) {
        this.ranges = List.copyOf(ranges);
        this.savedResult = savedResult;
    }

    public static SequenceSet of(List<Range> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence set has at least one element");
        }
        return new SequenceSet(ranges, false);
    }

    /** The {@code $} set: the result saved by a previous SEARCH RETURN (SAVE). */
    public static SequenceSet savedResult() {
        return SAVED;
    }

    /** Whether this is {@code $}; then {@link #ranges()} is empty and the session supplies the numbers. */
    public boolean isSavedResult() {
        return savedResult;
    }

    /** The elements as written by the client, {@code *} unresolved. */
    public List<Range> ranges() {
        return ranges;
    }

    /** The elements with {@code *} replaced by {@code largest} and each range ordered low to high. */
    public List<Range> resolve(long largest) {
        List<Range> out = new ArrayList<>(ranges.size());
        for (Range r : ranges) {
            out.add(r.resolve(largest));
        }
        return out;
    }

    /** Whether {@code n} is in the set when the largest number in use is {@code largest}. */
    public boolean contains(long n, long largest) {
        for (Range r : ranges) {
            Range o = r.resolve(largest);
            if (n >= o.first() && n <= o.last()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (savedResult) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
