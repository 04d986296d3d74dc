package org.mailappliance.imap.modseq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.SequenceSet;

class UidRangesTest {

    @Test
    void formatsAndMergesNeighbours() {
        assertThat(UidRanges.of(new long[] {1, 2, 3, 7, 9, 10}).toString()).isEqualTo("1:3,7,9:10");
        assertThat(UidRanges.of(new long[0]).isEmpty()).isTrue();
        assertThat(UidRanges.range(5, 4).isEmpty()).isTrue();
        SequenceSet set = SequenceSet.of(List.of(new SequenceSet.Range(9, 7), new SequenceSet.Range(1, 1),
                new SequenceSet.Range(SequenceSet.STAR, 10), new SequenceSet.Range(2, 3)));
        assertThat(UidRanges.of(set, 12).toString()).isEqualTo("1:3,7:12");
    }

    @Test
    void largeRangesAreNeverEnumerated() {
        UidRanges all = UidRanges.range(1, 4_294_967_295L);
        UidRanges present = UidRanges.of(new long[] {2, 3, 100});
        assertThat(all.minus(present).toString()).isEqualTo("1,4:99,101:4294967295");
        assertThat(all.intersect(UidRanges.range(4_000_000_000L, 4_000_000_002L)).toString())
                .isEqualTo("4000000000:4000000002");
        assertThat(all.contains(4_294_967_295L)).isTrue();
        assertThat(all.minus(present).contains(100)).isFalse();
    }

    @Test
    void operationsAgreeWithPlainSets() {
        Random random = new Random(7162);
        for (int round = 0; round < 500; round++) {
            TreeSet<Long> a = randomSet(random);
            TreeSet<Long> b = randomSet(random);
            UidRanges ra = UidRanges.of(a.stream().mapToLong(Long::longValue).toArray());
            UidRanges rb = UidRanges.of(b.stream().mapToLong(Long::longValue).toArray());
            TreeSet<Long> both = new TreeSet<>(a);
            both.retainAll(b);
            TreeSet<Long> onlyA = new TreeSet<>(a);
            onlyA.removeAll(b);
            assertThat(ra.intersect(rb)).isEqualTo(UidRanges.of(both.stream().mapToLong(Long::longValue).toArray()));
            assertThat(ra.minus(rb)).isEqualTo(UidRanges.of(onlyA.stream().mapToLong(Long::longValue).toArray()));
            for (long uid = 1; uid <= 40; uid++) {
                assertThat(ra.contains(uid)).isEqualTo(a.contains(uid));
            }
        }
    }

    private static TreeSet<Long> randomSet(Random random) {
        TreeSet<Long> out = new TreeSet<>();
        int n = random.nextInt(25);
        for (int i = 0; i < n; i++) {
            out.add(1L + random.nextInt(40));
        }
        return out;
    }
}
