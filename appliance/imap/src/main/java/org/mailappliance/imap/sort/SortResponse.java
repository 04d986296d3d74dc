package org.mailappliance.imap.sort;

import java.util.Set;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.search.SearchResponse;

/**
 * Writes a sort result: {@code * SORT n ...} (RFC 5256 §4) or, with RETURN, {@code * ESEARCH (TAG "t") [UID] ...}
 * (RFC 5267 §3). MIN and MAX are the lowest and highest number among the matches, as Cyrus answers (Dovecot gives
 * the first and last in sort order instead); ALL lists the matches in sort order, ranges only for ascending runs, so
 * the order survives (as both do).
 */
final class SortResponse {
    private SortResponse() {
    }

    /** {@code * SORT 3 1 2}; {@code * SORT} alone when nothing matched. */
    static void sort(ResponseWriter out, long[] numbers) {
        ResponseLine line = out.untagged().atom("SORT");
        for (long n : numbers) {
            line.number(n);
        }
        line.end();
    }

    /** @param numbers in sort order */
    static void esearch(ResponseWriter out, String tag, boolean uid, Set<SortRequest.ReturnOption> options,
            long[] numbers) {
        ResponseLine line = out.untagged().atom("ESEARCH").open().atom("TAG").string(tag).close();
        if (uid) {
            line.atom("UID");
        }
        boolean any = numbers.length > 0;
        if (options.contains(SortRequest.ReturnOption.MIN) && any) {
            line.atom("MIN").number(java.util.Arrays.stream(numbers).min().getAsLong());
        }
        if (options.contains(SortRequest.ReturnOption.MAX) && any) {
            line.atom("MAX").number(java.util.Arrays.stream(numbers).max().getAsLong());
        }
        if (options.contains(SortRequest.ReturnOption.COUNT)) {
            line.atom("COUNT").number(numbers.length);
        }
        if (options.contains(SortRequest.ReturnOption.ALL) && any) {
            line.atom("ALL").atom(orderedSet(numbers));
        }
        line.end();
    }

    /** Numbers in their order as a sequence set: {@code 5,1:3,9}; only ascending runs become ranges. */
    static String orderedSet(long[] numbers) {
        return SearchResponse.sequenceSet(numbers);
    }
}
