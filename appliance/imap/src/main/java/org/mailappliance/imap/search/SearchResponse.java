package org.mailappliance.imap.search;

import java.util.Set;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.response.ResponseWriter;

/**
 * Writes a search result: {@code * SEARCH n ...} (RFC 3501) or {@code * ESEARCH (TAG "t") [UID] ...} (RFC 4731,
 * RFC 9051 §7.3.4) with the requested return data. Numbers are message sequence numbers, or UIDs for UID SEARCH.
 */
public final class SearchResponse {
    private SearchResponse() {
    }

    /** {@code * SEARCH 2 3 7}; {@code * SEARCH} alone when nothing matched. */
    static void search(ResponseWriter out, long[] numbers) {
        search(out, numbers, 0);
    }

    /** {@code * SEARCH 2 3 7 (MODSEQ 917)} (RFC 7162 §3.1.5); without the MODSEQ part when {@code modSeq} is 0. */
    static void search(ResponseWriter out, long[] numbers, long modSeq) {
        ResponseLine line = out.untagged().atom("SEARCH");
        for (long n : numbers) {
            line.number(n);
        }
        if (modSeq > 0 && numbers.length > 0) {
            line.open().atom("MODSEQ").number(modSeq).close();
        }
        line.end();
    }

    /**
     * The ESEARCH response. MIN, MAX and ALL are left out when nothing matched (RFC 4731 §3.1); COUNT is always
     * there when asked for.
     *
     * @param numbers ascending
     */
    static void esearch(ResponseWriter out, String tag, boolean uid, Set<SearchRequest.ReturnOption> options,
            long[] numbers) {
        esearch(out, tag, uid, options, numbers, 0);
    }

    /** As above, with {@code MODSEQ n} at the end when {@code modSeq} is not 0 and something matched. */
    static void esearch(ResponseWriter out, String tag, boolean uid, Set<SearchRequest.ReturnOption> options,
            long[] numbers, long modSeq) {
        ResponseLine line = out.untagged().atom("ESEARCH").open().atom("TAG").string(tag).close();
        if (uid) {
            line.atom("UID");
        }
        boolean any = numbers.length > 0;
        if (options.contains(SearchRequest.ReturnOption.MIN) && any) {
            line.atom("MIN").number(numbers[0]);
        }
        if (options.contains(SearchRequest.ReturnOption.MAX) && any) {
            line.atom("MAX").number(numbers[numbers.length - 1]);
        }
        if (options.contains(SearchRequest.ReturnOption.COUNT)) {
            line.atom("COUNT").number(numbers.length);
        }
        if (options.contains(SearchRequest.ReturnOption.ALL) && any) {
            line.atom("ALL").atom(sequenceSet(numbers));
        }
        if (modSeq > 0 && any) {
            line.atom("MODSEQ").number(modSeq);
        }
        line.end();
    }

    /**
     * Numbers as a compact sequence set, in their order: {@code 1:3,7,9:10}; only ascending runs become ranges, so
     * ESORT's sorted ALL ({@code 5,1:3,9}) is written by this too.
     */
    public static String sequenceSet(long[] numbers) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < numbers.length) {
            int j = i;
            while (j + 1 < numbers.length && numbers[j + 1] == numbers[j] + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(numbers[i]);
            if (j > i) {
                sb.append(':').append(numbers[j]);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
