package org.mailappliance.imap.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UidSetTest {

    @Test
    void membership() {
        MailboxCounts.UidSet set = MailboxCounts.UidSet.parse("1:3,7,10:9");
        assertThat(set.contains(1)).isTrue();
        assertThat(set.contains(3)).isTrue();
        assertThat(set.contains(4)).isFalse();
        assertThat(set.contains(7)).isTrue();
        assertThat(set.contains(9)).isTrue();
        assertThat(set.contains(11)).isFalse();
    }

    @Test
    void nothingSeen() {
        assertThat(MailboxCounts.UidSet.parse(null).contains(1)).isFalse();
        assertThat(MailboxCounts.UidSet.parse("").contains(1)).isFalse();
    }
}
