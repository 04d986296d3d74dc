package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** Sort keys are computed at delivery, copied with the message, read for a whole mailbox, and rebuilt for old rows. */
class SortRecordsTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");

    private static final String FIRST = "From: \"Zed, Alice\" <Alice@Example.org>, bob@example.org\r\n"
            + "To: undisclosed-recipients:;\r\nCc: =?UTF-8?Q?J=C3=BCrgen?= <jurgen@example.de>\r\n"
            + "Subject: Re: [list] =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= (fwd)\r\nDate: Mon, 1 Mar 2021 10:00:00 +0100\r\n"
            + "Message-ID: <first@example.org>\r\nReferences: <root@example.org>\r\n <parent@example.org>\r\n"
            + "In-Reply-To: <ignored@example.org>\r\n\r\nbody\r\n";
    private static final String SECOND = "From: carol@example.net\r\nSubject: plain\r\nDate: not a date\r\n"
            + "In-Reply-To: <first@example.org>\r\n\r\nbody\r\n";

    private static long deliver(MessageFixture f, String mailbox, String text, Instant when) {
        var results = f.messages.deliver(new DeliveryRequest(f.spool(text),
                List.of(new DeliveryRequest.Target(mailbox, Set.of(), false)), when, null));
        return ((AppendResult.Appended) results.get(0)).uid();
    }

    @StoreTest
    void keysAreComputedAtDeliveryAndReadForAWholeMailbox(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        deliver(f, inbox, FIRST, WHEN);
        deliver(f, inbox, SECOND, WHEN.plusSeconds(60));

        SortRecord[] records = f.messages.sortRecords(inbox, new long[] {1, 2, 3});
        assertThat(records[2]).isNull();
        SortRecord first = records[0];
        assertThat(first.uid()).isEqualTo(1);
        assertThat(first.internalDate()).isEqualTo(WHEN.toEpochMilli());
        assertThat(first.sentDate()).isEqualTo(Instant.parse("2021-03-01T09:00:00Z").toEpochMilli());
        assertThat(first.size()).isEqualTo(FIRST.length());
        assertThat(first.keys()).isEqualTo(new SortKeys("GRU\u0308\u00dfE", true, "ALICE", "UNDISCLOSED-RECIPIENTS", "JURGEN",
                "ZED, ALICE",
                "UNDISCLOSED-RECIPIENTS", "<first@example.org>", "<root@example.org> <parent@example.org>"));
        SortRecord second = records[1];
        assertThat(second.sentDate()).as("no usable Date: INTERNALDATE").isEqualTo(WHEN.plusSeconds(60).toEpochMilli());
        assertThat(second.keys()).isEqualTo(new SortKeys("PLAIN", false, "CAROL", "", "", "CAROL@EXAMPLE.NET", "",
                null, "<first@example.org>"));
    }

    @StoreTest
    void copiesKeepTheKeysAndLaterDeliveriesAreSeen(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        String bob = f.user("bob");
        deliver(f, inbox, FIRST, WHEN);
        assertThat(f.messages.sortRecords(inbox, new long[] {1, 2})[1]).isNull();
        deliver(f, inbox, SECOND, WHEN);
        // the cached mailbox learns of the new message with one query for the UIDs above the last it read
        assertThat(f.messages.sortRecords(inbox, new long[] {1, 2})[1].keys().subject()).isEqualTo("PLAIN");
        f.messages.copy(inbox, List.of(1L, 2L), bob);
        SortRecord[] copies = f.messages.sortRecords(bob, new long[] {1, 2});
        SortRecord[] originals = f.messages.sortRecords(inbox, new long[] {1, 2});
        assertThat(copies[0].keys()).isEqualTo(originals[0].keys());
        assertThat(copies[1].keys()).isEqualTo(originals[1].keys());
    }

    @StoreTest
    void rowsStoredBeforeTheKeysGetThemFromTheCachedHeaderValues(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        deliver(f, inbox, FIRST, WHEN);
        deliver(f, inbox, SECOND, WHEN);
        SortRecord[] computed = f.messages.sortRecords(inbox, new long[] {1, 2});
        f.store.database().withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE message_cache SET sort_keys_version = NULL, "
                    + "sort_subject = NULL, sort_from = NULL, thread_references = NULL")) {
                return s.executeUpdate();
            }
        });
        MessageFixture fresh = new MessageFixture(backend);
        SortRecord[] legacy = fresh.messages.sortRecords(inbox, new long[] {1, 2});
        assertThat(legacy[0].keys()).isEqualTo(computed[0].keys());
        assertThat(legacy[1].keys()).isEqualTo(computed[1].keys());
        Optional<MessageCache> cache = fresh.messages.cache(inbox, 1);
        assertThat(cache.orElseThrow().sortKeys()).isEqualTo(computed[0].keys());
    }

    @StoreTest
    void aMailboxOverTheBudgetIsStillAnsweredButNotKept(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        deliver(f, inbox, FIRST, WHEN);
        deliver(f, inbox, SECOND, WHEN);
        SortRecordCache small = new SortRecordCache(1);
        SortRecord[] records = f.store.database().withConnection(c -> small.records(c,
                MailboxRow.find(c, inbox).orElseThrow(), new long[] {1, 2}));
        assertThat(records).extracting(SortRecord::uid).containsExactly(1L, 2L);
        SortRecordCache none = new SortRecordCache(0);
        records = f.store.database().withConnection(c -> none.records(c, MailboxRow.find(c, inbox).orElseThrow(),
                new long[] {2}));
        assertThat(records).extracting(SortRecord::uid).containsExactly(2L);
    }
}
