package org.mailappliance.imap.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** THREAD=ORDEREDSUBJECT (RFC 5256 §3). */
class OrderedSubjectThreaderTest {

    @Test
    void groupsByBaseSubjectAndOrdersByTheFirstMessage() {
        Messages m = new Messages()
                .add(1, 10, "<1@x>", "Lunch", null)
                .add(2, 5, "<2@x>", "Meeting", null)
                .add(3, 20, "<3@x>", "Re: lunch", null)
                .add(4, 15, "<4@x>", "Fwd: LUNCH", null)
                .add(5, 30, "<5@x>", "Re: Meeting", null)
                .add(6, 1, "<6@x>", "Alone", null)
                .add(7, 25, "<7@x>", "[list] Lunch", null);
        // Alone (1), Meeting (5) with one reply, Lunch (10) with three: (2nd message's siblings are the rest)
        assertThat(m.thread(ThreadAlgorithm.ORDEREDSUBJECT)).isEqualTo("(6)(2 5)(1 (4)(3)(7))");
    }

    @Test
    void referencesDoNotMatterAndTiesGoBySequence() {
        Messages m = new Messages()
                .add(1, 10, "<1@x>", "b", null)
                .add(2, 10, "<2@x>", "a", "<1@x>")
                .add(3, 10, "<3@x>", "b", null);
        assertThat(m.thread(ThreadAlgorithm.ORDEREDSUBJECT)).isEqualTo("(1 3)(2)");
    }

    @Test
    void messagesWithoutSubjectFormOneThread() {
        Messages m = new Messages()
                .add(1, 3, "<1@x>", null, null)
                .add(2, 2, "<2@x>", "", null)
                .add(3, 1, "<3@x>", "x", null);
        assertThat(m.thread(ThreadAlgorithm.ORDEREDSUBJECT)).isEqualTo("(3)(2 1)");
    }
}
