package org.mailappliance.imap.thread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** THREAD=REFERENCES (RFC 5256 §3) on hand-made selections: each case is one rule of the algorithm. */
class ReferencesThreaderTest {

    private static String references(Messages m) {
        return m.thread(ThreadAlgorithm.REFERENCES);
    }

    @Test
    void theRfcExampleShape() {
        // * THREAD (2)(3 6 (4 23)(44 7 96)) from RFC 5256 §4
        Messages m = new Messages()
                .add(2, 1, "<2@x>", "alpha", null)
                .add(3, 2, "<3@x>", "beta", null)
                .add(4, 4, "<4@x>", "Re: beta", "<3@x> <6@x>")
                .add(6, 3, "<6@x>", "Re: beta", "<3@x>")
                .add(7, 7, "<7@x>", "Re: beta", "<3@x> <6@x> <44@x>")
                .add(23, 5, "<23@x>", "Re: beta", "<3@x> <6@x> <4@x>")
                .add(44, 6, "<44@x>", "Re: beta", "<3@x> <6@x>")
                .add(96, 8, "<96@x>", "Re: beta", "<3@x> <6@x> <44@x> <7@x>");
        assertThat(references(m)).isEqualTo("(2)(3 6 (4 23)(44 7 96))");
    }

    @Test
    void repliesArrivingBeforeTheirParentsAreLinkedWhenTheParentComes() {
        Messages m = new Messages()
                .add(1, 3, "<c@x>", "Re: s", "<a@x> <b@x>")
                .add(2, 2, "<b@x>", "Re: s", "<a@x>")
                .add(3, 1, "<a@x>", "s", null);
        assertThat(references(m)).isEqualTo("(3 2 1)");
    }

    @Test
    void missingParentsBecomeDummiesThatArePruned() {
        // a missing parent with one child: the child is the thread
        assertThat(references(new Messages().add(1, 1, "<b@x>", "one", "<gone@x>"))).isEqualTo("(1)");
        // a missing message in the middle of a chain: its child moves up
        assertThat(references(new Messages()
                .add(1, 1, "<a@x>", "two", null)
                .add(2, 2, "<c@x>", "Re: two", "<a@x> <gone@x>"))).isEqualTo("(1 2)");
        // a missing root with two children stays as a dummy, which the response leaves out
        assertThat(references(new Messages()
                .add(1, 1, "<b@x>", "first", "<gone@x>")
                .add(2, 2, "<c@x>", "second", "<gone@x>"))).isEqualTo("((1)(2))");
    }

    @Test
    void referenceLoopsAreNotCreated() {
        Messages mutual = new Messages()
                .add(1, 1, "<a@x>", "one", "<b@x>")
                .add(2, 2, "<b@x>", "two", "<a@x>");
        assertThat(references(mutual)).isEqualTo("(2 1)");
        assertThat(references(new Messages().add(1, 1, "<a@x>", "self", "<a@x>"))).isEqualTo("(1)");
        Messages chainLoop = new Messages()
                .add(1, 1, "<a@x>", "p", "<c@x> <b@x>")
                .add(2, 2, "<b@x>", "q", "<a@x> <c@x>")
                .add(3, 3, "<c@x>", "r", "<b@x> <a@x>");
        String threads = references(chainLoop);
        // whatever the shape, every message appears exactly once
        assertThat(threads.replaceAll("[^0-9]+", " ").trim().split(" ")).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void aDuplicateMessageIdBelongsToTheFirstMessageOnly() {
        Messages m = new Messages()
                .add(1, 1, "<a@x>", "one", null)
                .add(2, 2, "<a@x>", "two", null)
                .add(3, 3, "<r@x>", "Re: one", "<a@x>");
        assertThat(references(m)).isEqualTo("(1 3)(2)");
    }

    @Test
    void theLastReferenceIsTheParentEvenWhenAnEarlierMessageLinkedOtherwise() {
        // message 2 names c as a's child; c's own References (truncated elsewhere) say its parent is b
        Messages m = new Messages()
                .add(1, 1, "<a@x>", "s1", null)
                .add(2, 2, "<d@x>", "s2", "<a@x> <c@x>")
                .add(3, 3, "<b@x>", "s3", null)
                .add(4, 4, "<c@x>", "s4", "<b@x>");
        assertThat(references(m)).isEqualTo("(1)(3 4 2)");
    }

    @Test
    void inReplyToStandsInForMissingReferences() {
        Messages m = new Messages()
                .add(1, 1, "<a@x>", "s", null)
                .add(2, 2, "<b@x>", "Re: s", "<a@x>");
        assertThat(references(m)).isEqualTo("(1 2)");
    }

    @Test
    void threadsWithTheSameSubjectAreGathered() {
        // neither a reply: both go under a new dummy
        assertThat(references(new Messages()
                .add(1, 1, "<a@x>", "Lunch", null)
                .add(2, 2, "<b@x>", "lunch", null))).isEqualTo("((1)(2))");
        // a reply without references goes under the original, whichever came first
        assertThat(references(new Messages()
                .add(1, 1, "<r@x>", "Re: Lunch", null)
                .add(2, 2, "<a@x>", "Lunch", null))).isEqualTo("(2 1)");
        assertThat(references(new Messages()
                .add(1, 1, "<a@x>", "Lunch", null)
                .add(2, 2, "<f@x>", "[list] Fwd: Lunch", null)
                .add(3, 3, "<r@x>", "Re: Lunch (fwd)", null))).isEqualTo("(1 (2)(3))");
        // a dummy thread (missing root) takes a message with its subject as one more child
        assertThat(references(new Messages()
                .add(1, 1, "<b@x>", "Re: Lunch", "<gone@x>")
                .add(2, 2, "<c@x>", "Re: Lunch", "<gone@x>")
                .add(3, 3, "<d@x>", "Lunch", null))).isEqualTo("((1)(2)(3))");
        // empty subjects are never gathered
        assertThat(references(new Messages()
                .add(1, 1, "<a@x>", "", null)
                .add(2, 2, "<b@x>", "Re:", null))).isEqualTo("(1)(2)");
    }

    @Test
    void siblingsAndThreadsAreOrderedBySentDateThenSequence() {
        Messages m = new Messages()
                .add(1, 50, "<a@x>", "late thread", null)
                .add(2, 10, "<b@x>", "early thread", null)
                .add(3, 30, "<c@x>", "Re: early thread", "<b@x>")
                .add(4, 20, "<d@x>", "Re: early thread", "<b@x>")
                .add(5, 20, "<e@x>", "Re: early thread", "<b@x>");
        assertThat(references(m)).isEqualTo("(2 (4)(5)(3))(1)");
    }

    @Test
    void aVeryLongReplyChainDoesNotOverflowTheStack() {
        Messages m = new Messages().add(1, 1, "<m1@x>", "deep", null);
        StringBuilder expected = new StringBuilder("(1");
        for (int i = 2; i <= 20_000; i++) {
            m.add(i, i, "<m" + i + "@x>", "Re: deep", "<m" + (i - 1) + "@x>");
            expected.append(' ').append(i);
        }
        assertThat(references(m)).isEqualTo(expected.append(')').toString());
    }

    @Test
    void nothingSelectedIsNoThread() {
        assertThat(references(new Messages())).isEmpty();
    }
}
