package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** MOVE: copy and expunge of the sources in one transaction; all or nothing. */
class MoveTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");

    private static String withMessages(MessageFixture f, String user, int count) {
        String inbox = f.user(user);
        deliver(f, inbox, count);
        return inbox;
    }

    private static void deliver(MessageFixture f, String mailbox, int count) {
        for (int i = 1; i <= count; i++) {
            f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<m" + i + "@x>", "m" + i,
                    "x".repeat(i * 10))), List.of(DeliveryRequest.Target.of(mailbox)), WHEN.plusSeconds(i), null));
        }
    }

    private static long usedBytes(MessageFixture f, String root) {
        return f.quotas.get(root).orElseThrow().usedBytes();
    }

    @StoreTest
    void moveOfSeveralUidsKeepsFlagsAndDatesAndExpungesTheSources(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.IMMEDIATE,
                false));
        String alice = withMessages(f, "alice", 4);
        String bob = withMessages(f, "bob", 1);
        f.quotas.setLimits(alice, 1000, 100);
        f.quotas.setLimits(bob, 1000, 100);
        f.messages.store(alice, List.of(2L), FlagOperation.ADD, Set.of("\\Answered", "$Work"), OptionalLong.empty());
        f.messages.store(alice, List.of(4L), FlagOperation.ADD, Set.of("\\Flagged"), OptionalLong.empty());
        List<MessageRecord> originals = f.messages.records(alice, 2, 4);
        MessageCache cache3 = f.messages.cache(alice, 3).orElseThrow();
        long aliceUsed = usedBytes(f, alice);
        long bobUsed = usedBytes(f, bob);
        long moved = originals.stream().mapToLong(MessageRecord::size).sum();
        long aliceModSeq = f.messages.highestModSeq(alice);
        long bobModSeq = f.messages.highestModSeq(bob);
        f.published.clear();

        CopyResult result = f.messages.move(alice, List.of(4L, 2L, 3L, 99L), bob);

        CopyResult.Copied copied = (CopyResult.Copied) result;
        assertThat(copied.sourceUids()).containsExactly(2L, 3L, 4L);
        assertThat(copied.targetUids()).containsExactly(2L, 3L, 4L);
        assertThat(copied.modSeq()).isEqualTo(bobModSeq + 1);
        List<MessageRecord> copies = f.messages.records(bob, 2, 4);
        for (int i = 0; i < 3; i++) {
            assertThat(copies.get(i).flags()).isEqualTo(originals.get(i).flags());
            assertThat(copies.get(i).internalDate()).isEqualTo(originals.get(i).internalDate());
            assertThat(copies.get(i).guid()).isEqualTo(originals.get(i).guid());
        }
        assertThat(copies.get(0).flags().names()).contains("\\Answered", "$Work");
        assertThat(f.messages.cache(bob, 3)).contains(cache3);
        assertThat(f.messages.records(alice, 1, 10)).extracting(MessageRecord::uid).containsExactly(1L);
        assertThat(f.mailboxDirectory(alice).resolve("2.")).doesNotExist();
        assertThat(f.mailboxDirectory(alice).resolve("4.")).doesNotExist();
        assertThat(f.mailboxDirectory(bob).resolve("4.")).exists();
        assertThat(f.messages.highestModSeq(alice)).isEqualTo(aliceModSeq + 1);
        assertThat(f.messages.vanishedSince(alice, aliceModSeq + 1).uids()).isEmpty();
        assertThat(usedBytes(f, alice)).isEqualTo(aliceUsed - moved);
        assertThat(usedBytes(f, bob)).isEqualTo(bobUsed + moved);
        assertThat(f.quotas.get(alice).orElseThrow().usedMessages()).isEqualTo(1);
        assertThat(f.quotas.get(bob).orElseThrow().usedMessages()).isEqualTo(4);
        assertThat(f.published).containsExactly(new ChangeEvent.MessagesAppended(bob, 2, 4, bobModSeq + 1),
                new ChangeEvent.MessagesExpunged(alice, new long[] {2, 3, 4}, aliceModSeq + 1));
    }

    @StoreTest
    void delayedModeKeepsTheSourceRecordsAsExpungedForQresync(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = withMessages(f, "alice", 2);
        String bob = f.user("bob");
        long before = f.messages.highestModSeq(alice);

        f.messages.move(alice, List.of(1L), bob);

        assertThat(f.messages.records(alice, 1, 10)).extracting(MessageRecord::uid).containsExactly(2L);
        assertThat(f.messages.vanishedSince(alice, before)).isEqualTo(new Vanished(true, new long[] {1}));
        assertThat(f.mailboxDirectory(alice).resolve("1.")).as("delayed: purged later").exists();
        assertThat(f.messages.records(bob, 1, 10)).extracting(MessageRecord::uid).containsExactly(1L);
    }

    @StoreTest
    void overQuotaMovesNothing(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = withMessages(f, "alice", 3);
        String bob = withMessages(f, "bob", 2);
        f.quotas.setLimits(bob, 1000, 3);
        long aliceModSeq = f.messages.highestModSeq(alice);
        long bobModSeq = f.messages.highestModSeq(bob);
        f.published.clear();

        assertThat(f.messages.move(alice, List.of(1L, 2L), bob)).isEqualTo(new CopyResult.OverQuota(bob));

        assertThat(f.messages.records(alice, 1, 10)).hasSize(3);
        assertThat(f.messages.records(bob, 1, 10)).hasSize(2);
        assertThat(f.messages.highestModSeq(alice)).isEqualTo(aliceModSeq);
        assertThat(f.messages.highestModSeq(bob)).isEqualTo(bobModSeq);
        assertThat(f.store.mailboxes().find(bob).orElseThrow().uidNext()).isEqualTo(3);
        assertThat(f.mailboxDirectory(bob).resolve("3.")).doesNotExist();
        assertThat(f.quotas.get(bob).orElseThrow().usedMessages()).isEqualTo(2);
        assertThat(f.published).isEmpty();
    }

    @StoreTest
    void moveUnderOneQuotaRootIsNotRefusedEvenAtTheLimit(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = withMessages(f, "alice", 2);
        String archive = f.store.mailboxes().create(alice + ".Archive", null, null, Identity.user("alice")).name();
        f.quotas.setLimits(alice, 1000, 2);
        long used = usedBytes(f, alice);

        CopyResult result = f.messages.move(alice, List.of(1L, 2L), archive);

        assertThat(((CopyResult.Copied) result).targetUids()).containsExactly(1L, 2L);
        assertThat(usedBytes(f, alice)).isEqualTo(used);
        assertThat(f.quotas.get(alice).orElseThrow().usedMessages()).isEqualTo(2);
        assertThat(f.messages.records(alice, 1, 10)).isEmpty();
    }

    @StoreTest
    void moveIntoAMissingMailboxMovesNothing(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String alice = withMessages(f, "alice", 2);
        long modSeq = f.messages.highestModSeq(alice);
        f.published.clear();

        assertThat(f.messages.move(alice, List.of(1L), "user.nobody"))
                .isEqualTo(new CopyResult.NoSuchMailbox("user.nobody"));
        assertThat(f.messages.move("user.nobody", List.of(1L), alice))
                .isEqualTo(new CopyResult.NoSuchMailbox("user.nobody"));

        assertThat(f.messages.records(alice, 1, 10)).hasSize(2);
        assertThat(f.messages.highestModSeq(alice)).isEqualTo(modSeq);
        assertThat(f.published).isEmpty();
    }

    @StoreTest
    void moveWithinOneMailboxGivesNewUidsUnderOneModseq(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.SEMIDELAYED,
                false));
        String alice = withMessages(f, "alice", 2);
        f.quotas.setLimits(alice, 1000, 100);
        long used = usedBytes(f, alice);
        long modSeq = f.messages.highestModSeq(alice);

        CopyResult.Copied moved = (CopyResult.Copied) f.messages.move(alice, List.of(1L), alice);

        assertThat(moved.targetUids()).containsExactly(3L);
        assertThat(f.messages.records(alice, 1, 10)).extracting(MessageRecord::uid).containsExactly(2L, 3L);
        assertThat(f.messages.highestModSeq(alice)).isEqualTo(modSeq + 1);
        assertThat(f.store.mailboxes().find(alice).orElseThrow().uidNext()).isEqualTo(4);
        assertThat(f.mailboxDirectory(alice).resolve("1.")).doesNotExist();
        assertThat(f.mailboxDirectory(alice).resolve("3.")).exists();
        assertThat(usedBytes(f, alice)).isEqualTo(used);
    }

    @StoreTest
    void movesInOppositeDirectionsAtOnceDoNotDeadlock(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String alice = withMessages(f, "alice", 20);
        String bob = withMessages(f, "bob", 20);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> moveEach(f, alice, bob)));
            runs.add(pool.submit(() -> moveEach(f, bob, alice)));
            int movedBoth = 0;
            for (Future<Integer> run : runs) {
                movedBoth += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(movedBoth).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.messages.records(alice, 1, 1000).size() + f.messages.records(bob, 1, 1000).size())
                .isEqualTo(40);
    }

    /** Moves the 20 messages first delivered to {@code from} one by one; returns how many moved. */
    private static int moveEach(MessageFixture f, String from, String to) {
        int moved = 0;
        for (long uid = 1; uid <= 20; uid++) {
            moved += ((CopyResult.Copied) f.messages.move(from, List.of(uid), to)).sourceUids().size();
        }
        return moved;
    }
}
