package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SORT and THREAD over a large mailbox through the engine, timed: the first command reads the mailbox's sort records
 * in one query, later ones only what arrived since. {@code -Dsort.speed.messages=20000} for the benchmark's size
 * (filling the store takes minutes); the default keeps the build fast and still checks the answers' shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortSpeedTest {
    private static final int MESSAGES = Integer.getInteger("sort.speed.messages", 500);

    private SortHarness harness;

    @BeforeAll
    void fill() throws Exception {
        harness = new SortHarness();
        long start = System.nanoTime();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 1; i <= MESSAGES; i++) {
            int thread = i / 5;
            String msg = "From: Sender " + (i % 97) + " <sender" + (i % 89) + "@example.org>\r\nTo: user"
                    + (i % 13) + "@example.net\r\nSubject: " + (i % 5 == 0 ? "" : "Re: ") + "topic " + thread
                    + "\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(base.plusSeconds(i * 61L)
                            .atOffset(ZoneOffset.UTC)) + "\r\nMessage-ID: <m" + i + "@example.org>\r\n"
                    + (i % 5 == 0 ? "" : "References: <m" + (thread * 5) + "@example.org>\r\n")
                    + "\r\nbody " + i + "\r\n";
            harness.append(msg.getBytes(StandardCharsets.US_ASCII), base.plusSeconds(i));
        }
        report(MESSAGES + " messages appended in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        harness.open();
    }

    @AfterAll
    void close() throws Exception {
        harness.close();
    }

    /** Runs the command a few times; returns its answer and reports the first (cold) and best times. */
    private String timed(String text) {
        String answer = null;
        long first = 0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            answer = harness.command(text);
            long us = (System.nanoTime() - start) / 1000;
            first = i == 0 ? us : first;
            best = Math.min(best, us);
        }
        report(text + " over " + MESSAGES + ": first " + first / 1000.0 + " ms, best " + best / 1000.0 + " ms");
        assertThat(answer).contains("OK ");
        return answer;
    }

    @Test
    void sortsTheWholeMailbox() {
        String arrival = timed("SORT (ARRIVAL) UTF-8 ALL");
        assertThat(arrival).startsWith("* SORT 1 2 3 ");
        assertThat(timed("SORT (SUBJECT) UTF-8 ALL").split(" ").length).isGreaterThan(MESSAGES);
        assertThat(timed("SORT (FROM) UTF-8 ALL").split(" ").length).isGreaterThan(MESSAGES);
        timed("SORT (REVERSE DATE SUBJECT) UTF-8 ALL");
    }

    @Test
    void threadsTheWholeMailbox() {
        String threads = timed("THREAD REFERENCES UTF-8 ALL");
        // messages 5k .. 5k+4 form one thread: 5k with 5k+1 .. 5k+4 under it
        assertThat(threads).contains("(5 (6)(7)(8)(9))");
        timed("THREAD ORDEREDSUBJECT UTF-8 ALL");
    }

    private static void report(String line) {
        System.out.println("[sort speed] " + line);
    }
}
