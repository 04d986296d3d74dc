package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.mailstore.message.SortKeys;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.BaseSubject;
import org.mailappliance.mailstore.message.sortkey.Collation;

class SorterTest {

    private static SortRecord record(long uid, long arrival, long size, long sent, String subject, String from) {
        return new SortRecord(uid, arrival, size, sent, new SortKeys(Collation.key(BaseSubject.of(subject).base()),
                false, Collation.key(from), "", "", "", "", null, null));
    }

    private static final SortRecord[] RECORDS = {
        record(1, 300, 50, 1000, "Re: Banana", "carol"),
        record(2, 100, 10, 3000, "apple", "Bob"),
        record(3, 200, 50, 2000, "[list] banana", "alice"),
        record(4, 400, 10, 3000, "Apple (fwd)", "bob"),
    };

    private static int[] sort(SortCriterion... criteria) {
        return Sorter.sort(RECORDS, List.of(criteria));
    }

    @Test
    void singleKeys() {
        assertThat(sort(new SortCriterion(SortKey.ARRIVAL, false))).containsExactly(1, 2, 0, 3);
        assertThat(sort(new SortCriterion(SortKey.DATE, false))).containsExactly(0, 2, 1, 3);
        assertThat(sort(new SortCriterion(SortKey.SIZE, false))).containsExactly(1, 3, 0, 2);
        assertThat(sort(new SortCriterion(SortKey.FROM, false))).containsExactly(2, 1, 3, 0);
        assertThat(sort(new SortCriterion(SortKey.SUBJECT, false))).containsExactly(1, 3, 0, 2);
    }

    @Test
    void reverseLeavesTheSequenceTieBreakAscending() {
        // SIZE ties 2/4 and 1/3 stay in sequence order even reversed (RFC 5256: REVERSE is per criterion)
        assertThat(sort(new SortCriterion(SortKey.SIZE, true))).containsExactly(0, 2, 1, 3);
        assertThat(sort(new SortCriterion(SortKey.SUBJECT, true))).containsExactly(0, 2, 1, 3);
    }

    @Test
    void laterCriteriaBreakTies() {
        assertThat(sort(new SortCriterion(SortKey.SUBJECT, false), new SortCriterion(SortKey.DATE, true)))
                .containsExactly(1, 3, 2, 0);
        assertThat(sort(new SortCriterion(SortKey.SIZE, false), new SortCriterion(SortKey.ARRIVAL, true)))
                .containsExactly(3, 1, 0, 2);
    }

    @Test
    void aMissingRecordSortsAsEmpty() {
        SortRecord[] withGap = {RECORDS[0], null, RECORDS[2]};
        assertThat(Sorter.sort(withGap, List.of(new SortCriterion(SortKey.SUBJECT, false)))).containsExactly(1, 0, 2);
    }

    @Test
    void orderedSetsKeepTheOrderAndUseRangesOnlyUpward() {
        assertThat(SortResponse.orderedSet(new long[] {5, 1, 2, 3, 9, 8, 7})).isEqualTo("5,1:3,9,8,7");
        assertThat(SortResponse.orderedSet(new long[] {4})).isEqualTo("4");
        assertThat(SortResponse.orderedSet(new long[0])).isEmpty();
    }
}
