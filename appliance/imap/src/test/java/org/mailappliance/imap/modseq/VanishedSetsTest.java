package org.mailappliance.imap.modseq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.mailstore.message.Vanished;

class VanishedSetsTest {
    private static final UidRanges PRESENT = UidRanges.of(new long[] {1, 3, 4, 8});

    @Test
    void anExactAnswerIsTheStoresLessWhatTheViewStillHolds() {
        Vanished stored = new Vanished(true, new long[] {2, 5, 6, 8});
        assertThat(VanishedSets.vanished(stored, null, PRESENT, 9, 0).toString()).isEqualTo("2,5:6");
        assertThat(VanishedSets.vanished(stored, UidRanges.range(1, 5), PRESENT, 9, 0).toString()).isEqualTo("2,5");
        assertThat(VanishedSets.vanished(new Vanished(true, new long[0]), null, PRESENT, 9, 0).isEmpty()).isTrue();
    }

    @Test
    void anInexactAnswerIsEveryAbsentUidUpToTheBoundAboveTheMatchedOne() {
        Vanished purged = new Vanished(false, new long[0]);
        assertThat(VanishedSets.vanished(purged, null, PRESENT, 10, 0).toString()).isEqualTo("2,5:7,9:10");
        assertThat(VanishedSets.vanished(purged, UidRanges.range(6, 20), PRESENT, 10, 0).toString())
                .isEqualTo("6:7,9:10");
        assertThat(VanishedSets.vanished(purged, null, PRESENT, 10, 4).toString()).isEqualTo("5:7,9:10");
    }

    @Test
    void seqMatchDataGivesTheHighestUidStillAtItsSequenceNumber() {
        long[] view = {1, 3, 4, 8};
        // the client had 1,3,4,6 at 1..4: UID 4 is still message 3, UID 6 is gone
        assertThat(VanishedSets.matchedThrough(set("1:4"), set("1,3:4,6"), 4, 8, msn -> view[(int) msn - 1]))
                .isEqualTo(4);
        assertThat(VanishedSets.matchedThrough(set("2"), set("2"), 4, 8, msn -> view[(int) msn - 1])).isZero();
        assertThat(VanishedSets.matchedThrough(null, null, 4, 8, msn -> view[(int) msn - 1])).isZero();
        // numbers beyond the view never match; more pairs than the limit are ignored
        assertThat(VanishedSets.matchedThrough(set("9"), set("8"), 4, 8, msn -> view[(int) msn - 1])).isZero();
        assertThat(VanishedSets.matchedThrough(set("1:200000"), set("1:200000"), 4, 8, msn -> view[(int) msn - 1]))
                .isZero();
    }

    private static SequenceSet set(String text) {
        List<SequenceSet.Range> ranges = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.split(":");
            long first = Long.parseLong(ends[0]);
            ranges.add(new SequenceSet.Range(first, ends.length > 1 ? Long.parseLong(ends[1]) : first));
        }
        return SequenceSet.of(ranges);
    }
}
