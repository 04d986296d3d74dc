package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingChangesTest {

    @Test
    void withheldExpungesStayForTheNextReport() {
        PendingChanges p = new PendingChanges();
        p.expunged(new long[] {3, 1});
        p.flagsChanged(new long[] {2});
        PendingChanges.Batch during = p.drain(false);
        assertThat(during.expunged()).isEmpty();
        assertThat(during.flagged()).containsExactly(2L);
        assertThat(p.isEmpty()).isFalse();
        PendingChanges.Batch after = p.drain(true);
        assertThat(after.expunged()).containsExactly(1L, 3L);
        assertThat(after.flagged()).isEmpty();
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void flagChangesOfExpungedMessagesAreDropped() {
        PendingChanges p = new PendingChanges();
        p.flagsChanged(new long[] {5, 6});
        p.expunged(new long[] {5});
        p.flagsChanged(new long[] {5});
        PendingChanges.Batch b = p.drain(true);
        assertThat(b.flagged()).containsExactly(6L);
        assertThat(b.expunged()).containsExactly(5L);
    }

    @Test
    void aVanishedMailboxIsReportedOnlyWhereExpungesMayBe() {
        PendingChanges p = new PendingChanges();
        p.gone();
        assertThat(p.drain(false).gone()).isFalse();
        assertThat(p.drain(true).gone()).isTrue();
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void theModseqIsDrainedOnlyWhenNothingStaysBehind() {
        PendingChanges p = new PendingChanges();
        p.sawModSeq(7);
        p.flagsChanged(new long[] {1});
        p.drain(false);
        assertThat(p.drainedThrough()).as("nothing withheld").isEqualTo(7);
        p.sawModSeq(9);
        p.expunged(new long[] {2});
        p.sawModSeq(8);
        p.drain(false);
        assertThat(p.drainedThrough()).as("the expunge at 9 is still pending").isEqualTo(7);
        p.drain(true);
        assertThat(p.drainedThrough()).isEqualTo(9);
    }
}
