package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UidSetsTest {

    @Test
    void runsBecomeRanges() {
        assertThat(UidSets.format(List.of(1L, 2L, 3L, 7L, 9L, 10L))).isEqualTo("1:3,7,9:10");
        assertThat(UidSets.format(List.of(5L))).isEqualTo("5");
        assertThat(UidSets.format(List.of())).isEmpty();
    }

    @Test
    void orderIsKept() {
        // COPYUID pairs source and target sets element by element
        assertThat(UidSets.format(List.of(4L, 2L, 3L))).isEqualTo("4,2:3");
    }
}
