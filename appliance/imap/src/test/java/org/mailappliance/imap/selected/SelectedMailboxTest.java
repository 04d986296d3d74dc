package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.mailstore.acl.Rights;

/** The view's numbering without a store: sequence sets, UID sets, {@code $}. */
class SelectedMailboxTest {

    private static SelectedMailbox view(long... uids) {
        return new SelectedMailbox("user.alice", "INBOX", false, 1, Rights.ALL, uids);
    }

    private static SequenceSet set(long first, long last) {
        return SequenceSet.of(List.of(new SequenceSet.Range(first, last)));
    }

    @Test
    void sequenceNumbersMapToUids() {
        SelectedMailbox v = view(3, 7, 9);
        assertThat(v.resolve(set(2, SequenceSet.STAR), false)).containsExactly(7, 9);
        assertThatThrownBy(() -> v.resolve(set(4, 4), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid message sequence number 4 (the mailbox has 3 messages)");
    }

    @Test
    void uidSetsNameOnlyKnownUidsAndStarIsTheLast() {
        SelectedMailbox v = view(3, 7, 9);
        assertThat(v.resolve(set(4, 8), true)).containsExactly(7);
        // RFC 9051 §6.4.9: 100:* is 9:100 when 9 is the largest UID
        assertThat(v.resolve(set(100, SequenceSet.STAR), true)).containsExactly(9);
        assertThat(view().resolve(set(1, SequenceSet.STAR), true)).isEmpty();
    }

    @Test
    void savedResultKeepsOnlyMessagesStillInTheView() {
        SelectedMailbox v = view(3, 7, 9);
        assertThat(v.resolve(SequenceSet.savedResult(), false)).isEmpty();
        v.saveResult(new long[] {9, 3, 5});
        assertThat(v.resolve(SequenceSet.savedResult(), true)).containsExactly(3, 9);
        v.removeUid(3);
        assertThat(v.savedResult()).containsExactly(9);
        assertThat(v.msnOf(9)).isEqualTo(2);
    }
}
