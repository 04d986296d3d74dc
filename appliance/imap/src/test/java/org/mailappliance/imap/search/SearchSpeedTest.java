package org.mailappliance.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.message.MessageRecord;

/**
 * A mailbox of 20,000 messages: flag, size, date and UID keys are answered from the records alone, header keys on
 * indexed fields from the index, and only BODY/TEXT/HEADER on other fields read files (and only for the messages
 * the cheaper keys left open).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSpeedTest {
    /**
     * 20,000 with {@code -Dsearch.speed.messages=20000} (filling the store takes minutes); a smaller mailbox by
     * default keeps the build fast and still shows which keys read the index or the files.
     */
    private static final int MESSAGES = Integer.getInteger("search.speed.messages", 300);

    private SearchHarness harness;
    private MailboxSearch search;
    private List<MessageRecord> records;
    private SelectedMailbox view;

    @BeforeAll
    void fill() throws Exception {
        harness = new SearchHarness(Instant.parse("2026-01-01T00:00:00Z"));
        Instant base = Instant.parse("2024-01-01T12:00:00Z");
        long start = System.nanoTime();
        for (int i = 1; i <= MESSAGES; i++) {
            String msg = "From: sender" + (i % 100) + "@example.org\r\nTo: bob@example.net\r\nSubject: message " + i
                    + (i % 100 == 0 ? " milestone" : "") + "\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n"
                    + "Message-ID: <m" + i + "@example.org>\r\n\r\nBody of message " + i
                    + (i % 100 == 50 ? " with the secret word" : "") + ".\r\n" + "x".repeat(i % 7 * 100) + "\r\n";
            harness.append(msg.getBytes(StandardCharsets.US_ASCII), i % 3 == 0 ? Set.of("\\Seen") : Set.of(),
                    base.plusSeconds(86_400L * (i % 30)));
        }
        report(MESSAGES + " messages appended in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        records = harness.store().messages().records(SearchHarness.INBOX, 1, Long.MAX_VALUE);
        long[] uids = records.stream().mapToLong(MessageRecord::uid).toArray();
        view = new SelectedMailbox(SearchHarness.INBOX, "INBOX", false, 1, Rights.ALL, uids);
        search = new MailboxSearch(harness.store().messages(), ZoneOffset.UTC, Clock.systemUTC());
    }

    @AfterAll
    void close() throws Exception {
        harness.close();
    }

    private MailboxSearch.Result run(String criteria) throws Exception {
        ImapReader r = new ImapReader(ClientFramer.frame(" " + criteria), ParseLimits.DEFAULT, false);
        SearchRequest request = SearchParser.parser().parse(r);
        long start = System.nanoTime();
        MailboxSearch.Result result = search.run(request.key(), view, uid -> false, new long[0]);
        long ms = (System.nanoTime() - start) / 1_000_000;
        report("SEARCH " + criteria + " over " + MESSAGES + ": " + ms + " ms, " + result.uids().length
                + " matches, " + result.indexReads() + " index reads, " + result.fileReads() + " files read");
        return result;
    }

    @Test
    void flagSizeDateAndUidKeysReadNeitherIndexNorFiles() throws Exception {
        MailboxSearch.Result r = run("UNSEEN LARGER 300 SINCE 10-Jan-2024 NOT UID 1:100 OR DELETED NOT FLAGGED");
        assertThat(r.fileReads()).isZero();
        assertThat(r.indexReads()).isZero();
        long expected = java.util.stream.IntStream.rangeClosed(101, MESSAGES)
                .filter(i -> i % 3 != 0 && i % 30 >= 9 && size(i) > 300).count();
        assertThat(r.uids()).hasSize((int) expected);
    }

    @Test
    void indexedHeaderKeysDoNotOpenFiles() throws Exception {
        MailboxSearch.Result r = run("SUBJECT milestone FROM sender0@");
        assertThat(r.fileReads()).isZero();
        assertThat(r.uids()).hasSize(MESSAGES / 100);
        MailboxSearch.Result sent = run("SENTON 1-Jan-2024 HEADER Message-ID \"<m77@\"");
        assertThat(sent.fileReads()).isZero();
        assertThat(sent.uids()).hasSize(1);
    }

    @Test
    void fileKeysOnlyReadWhatCheaperKeysLeaveOpen() throws Exception {
        MailboxSearch.Result r = run("SEEN BODY \"secret word\"");
        assertThat(r.fileReads()).isEqualTo(MESSAGES / 3);
        assertThat(r.uids()).hasSize((int) java.util.stream.IntStream.rangeClosed(1, MESSAGES)
                .filter(i -> i % 100 == 50 && i % 3 == 0).count());
    }

    /** The size of test message {@code i} as stored. */
    private long size(int i) {
        return records.get(i - 1).size();
    }

    /** Timings go to the test report (standard output), not to the silenced log. */
    private static void report(String text) {
        System.out.println(text);
    }
}
