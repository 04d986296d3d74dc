package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/**
 * The in-memory records ({@link RecordCache}) must always equal what the database holds: each scenario changes the
 * mailbox through the store and compares {@link MessageStore#records} with a direct read of the rows.
 */
class RecordCacheTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");
    private static final List<Set<String>> FLAG_SETS = List.of(Set.of("\\Seen"), Set.of("\\Deleted"),
            Set.of("\\Flagged", "$Work"), Set.of("$Later"), Set.of("\\Answered", "\\Deleted", "$Work"));

    private static void deliver(MessageFixture f, String mailbox, int n) {
        f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<m" + n + "@x>", "m" + n, "x".repeat(n))),
                List.of(DeliveryRequest.Target.of(mailbox)), WHEN, null));
    }

    private static List<MessageRecord> rows(MessageFixture f, String mailbox) {
        return f.store.database().withConnection(c -> {
            MailboxRow row = MailboxRow.find(c, mailbox).orElseThrow();
            return MessageIndex.records(c, mailbox, row.id(), 1, 0xFFFF_FFFFL, false);
        });
    }

    private static void assertCoherent(MessageFixture f, String mailbox, String step) {
        assertThat(f.messages.records(mailbox, 1, 0xFFFF_FFFFL)).as(step).isEqualTo(rows(f, mailbox));
    }

    @StoreTest
    void randomChangesAlwaysReadBackAsTheDatabaseHoldsThem(TestBackend backend) {
        for (ExpungeMode mode : ExpungeMode.values()) {
            MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, mode, false));
            String inbox = f.user("cache" + mode.name().toLowerCase());
            String other = f.store.mailboxes().create(inbox + ".Other", null, null, Identity.SYSTEM).name();
            Random random = new Random(mode.ordinal() + 7);
            int delivered = 0;
            for (int step = 0; step < 120; step++) {
                // read behind the cache's back, so that writes often find it behind (the overlay under the lock)
                List<MessageRecord> now = rows(f, inbox);
                List<Long> some = new ArrayList<>();
                for (MessageRecord r : now) {
                    if (random.nextInt(3) == 0) {
                        some.add(r.uid());
                    }
                }
                switch (random.nextInt(6)) {
                    case 0, 1 -> deliver(f, inbox, ++delivered);
                    case 2 -> f.messages.store(inbox, some, FlagOperation.ADD,
                            FLAG_SETS.get(random.nextInt(FLAG_SETS.size())), OptionalLong.empty());
                    case 3 -> f.messages.store(inbox, some, FlagOperation.REMOVE,
                            FLAG_SETS.get(random.nextInt(FLAG_SETS.size())), OptionalLong.empty());
                    case 4 -> f.messages.expunge(inbox, random.nextBoolean() ? Optional.empty() : Optional.of(some));
                    default -> {
                        f.messages.copy(other, List.of(1L, 2L, 3L), inbox);
                        deliver(f, other, ++delivered);
                    }
                }
                if (random.nextInt(3) == 0) {
                    assertCoherent(f, inbox, mode + " step " + step);
                }
            }
            assertThat(rows(f, inbox)).as("the scenario left messages to compare").isNotEmpty();
        }
    }

    @StoreTest
    void expungeFindsDeletedMessagesFromTheCachedRecordsAndTheRowsAlike(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("expunger");
        for (int i = 1; i <= 6; i++) {
            deliver(f, inbox, i);
        }
        f.messages.store(inbox, List.of(2L, 4L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        // the cache is now current: EXPUNGE takes the \Deleted ones from it
        assertCoherent(f, inbox, "after store");
        assertThat(f.messages.expunge(inbox, Optional.empty()).uids()).containsExactly(2L, 4L);
        // the cache is behind (no read since the expunge): EXPUNGE overlays the records changed since
        f.messages.store(inbox, List.of(1L, 5L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        assertThat(f.messages.expunge(inbox, Optional.empty()).uids()).containsExactly(1L, 5L);
        assertCoherent(f, inbox, "after expunges");
        assertThat(f.messages.records(inbox, 1, 10)).extracting(MessageRecord::uid).containsExactly(3L, 6L);
    }

    @StoreTest
    void aRenamedMailboxReadsItsRecordsUnderItsNewName(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        f.user("renamer");
        String folder = f.store.mailboxes().create("user.renamer.Old", null, null, Identity.SYSTEM).name();
        deliver(f, folder, 1);
        assertThat(f.messages.records(folder, 1, 1)).extracting(MessageRecord::mailbox).containsExactly(folder);

        f.store.mailboxes().rename(folder, "user.renamer.New", Identity.SYSTEM);

        assertThat(f.messages.records("user.renamer.New", 1, 1)).extracting(MessageRecord::mailbox)
                .containsExactly("user.renamer.New");
    }
}
