package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class FlagsCopyExpungeTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");

    private static String withMessages(MessageFixture f, String user, int count) {
        String inbox = f.user(user);
        for (int i = 1; i <= count; i++) {
            f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<m" + i + "@x>", "m" + i, "x".repeat(i))),
                    List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));
        }
        return inbox;
    }

    @StoreTest
    void storeChangesFlagsWithOneNewModseqAndHonoursUnchangedSince(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = withMessages(f, "alice", 3);
        long before = f.store.mailboxes().find(inbox).orElseThrow().highestModSeq();

        StoreResult added = f.messages.store(inbox, List.of(1L, 2L, 99L), FlagOperation.ADD,
                Set.of("\\Seen", "$Work"), OptionalLong.empty());
        assertThat(added.modSeq()).isEqualTo(before + 1);
        assertThat(added.updated()).extracting(FlagUpdate::uid).containsExactly(1L, 2L);
        assertThat(added.updated()).allSatisfy(u -> assertThat(u.modSeq()).isEqualTo(before + 1));
        assertThat(added.updated().get(0).flags().names()).containsExactly("\\Seen", "$Work");
        assertThat(f.messages.keywordsInUse(inbox)).containsExactly("$Work");

        StoreResult same = f.messages.store(inbox, List.of(1L), FlagOperation.ADD, Set.of("\\Seen"), OptionalLong.empty());
        assertThat(same.updated()).isEmpty();
        assertThat(same.modSeq()).as("nothing changed, no new modseq").isEqualTo(before + 1);

        StoreResult conditional = f.messages.store(inbox, List.of(1L, 3L), FlagOperation.REPLACE, Set.of("\\Flagged"),
                OptionalLong.of(before));
        assertThat(conditional.modified()).containsExactly(1L);
        assertThat(conditional.updated()).extracting(FlagUpdate::uid).containsExactly(3L);

        StoreResult removed = f.messages.store(inbox, List.of(1L, 2L), FlagOperation.REMOVE, Set.of("$Work"),
                OptionalLong.empty());
        assertThat(removed.updated()).hasSize(2);
        assertThat(f.messages.keywordsInUse(inbox)).isEmpty();
        List<MessageRecord> records = f.messages.records(inbox, 1, 3);
        assertThat(records.get(0).flags().names()).containsExactly("\\Seen");
        assertThat(records.get(2).flags().names()).containsExactly("\\Flagged");
        assertThat(f.messages.changedSince(inbox, before + 2)).extracting(MessageRecord::uid).containsExactly(1L, 2L);
        assertThat(f.published).contains(new ChangeEvent.FlagsChanged(inbox, new long[] {1, 2}, before + 1));
    }

    @StoreTest
    void copyLinksFilesUnderNewUidsAndKeepsFlags(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = withMessages(f, "alice", 3);
        String bob = withMessages(f, "bob", 1);
        f.messages.store(inbox, List.of(2L), FlagOperation.ADD, Set.of("\\Answered", "$Copied"), OptionalLong.empty());

        CopyResult result = f.messages.copy(inbox, List.of(3L, 2L, 77L), bob);

        CopyResult.Copied copied = (CopyResult.Copied) result;
        assertThat(copied.sourceUids()).containsExactly(2L, 3L);
        assertThat(copied.targetUids()).containsExactly(2L, 3L);
        assertThat(Files.getAttribute(f.mailboxDirectory(bob).resolve("2."), "unix:ino"))
                .isEqualTo(Files.getAttribute(f.mailboxDirectory(inbox).resolve("2."), "unix:ino"));
        MessageRecord copy = f.messages.records(bob, 2, 2).get(0);
        MessageRecord original = f.messages.records(inbox, 2, 2).get(0);
        assertThat(copy.flags()).isEqualTo(original.flags());
        assertThat(copy.guid()).isEqualTo(original.guid());
        assertThat(copy.internalDate()).isEqualTo(original.internalDate());
        assertThat(f.messages.cache(bob, 3)).isEqualTo(f.messages.cache(inbox, 3));
        assertThat(f.store.mailboxes().find(bob).orElseThrow().uidNext()).isEqualTo(4);
        assertThat(f.messages.copy(inbox, List.of(1L), "user.nobody")).isEqualTo(new CopyResult.NoSuchMailbox("user.nobody"));

        f.quotas.setLimits(bob, 1000, 3);
        assertThat(f.messages.copy(inbox, List.of(1L), bob)).isEqualTo(new CopyResult.OverQuota(bob));
        assertThat(f.messages.records(bob, 1, 100)).hasSize(3);
    }

    @StoreTest
    void immediateExpungeRemovesRecordAndFile(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.IMMEDIATE, false));
        String inbox = withMessages(f, "alice", 3);
        f.quotas.setLimits(inbox, 1000, 100);
        long usedBefore = f.quotas.get(inbox).orElseThrow().usedBytes();
        long size2 = f.messages.records(inbox, 2, 2).get(0).size();
        f.messages.store(inbox, List.of(2L, 3L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());

        ExpungeResult result = f.messages.expunge(inbox, Optional.of(List.of(2L)));

        assertThat(result.uids()).containsExactly(2L);
        assertThat(f.messages.records(inbox, 1, 10)).extracting(MessageRecord::uid).containsExactly(1L, 3L);
        assertThat(f.messages.changedSince(inbox, 0)).extracting(MessageRecord::uid).containsExactly(1L, 3L);
        assertThat(f.mailboxDirectory(inbox).resolve("2.")).doesNotExist();
        assertThat(f.quotas.get(inbox).orElseThrow().usedBytes()).isEqualTo(usedBefore - size2);
        assertThat(f.quotas.get(inbox).orElseThrow().usedMessages()).isEqualTo(2);
        assertThat(f.published).contains(new ChangeEvent.MessagesExpunged(inbox, new long[] {2}, result.modSeq()));
        assertThatThrownBy(() -> f.messages.openMessage(inbox, 2)).isInstanceOf(NoSuchMessageException.class);
        // the batch read FETCH uses gives what the single reads give, for the messages still there
        assertThat(f.messages.caches(inbox, 1, 3)).containsOnlyKeys(1L, 3L)
                .containsEntry(1L, f.messages.cache(inbox, 1).orElseThrow())
                .containsEntry(3L, f.messages.cache(inbox, 3).orElseThrow());
    }

    @StoreTest
    void semidelayedExpungeKeepsTheRecordMarkedAndRemovesTheFile(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.SEMIDELAYED, false));
        String inbox = withMessages(f, "alice", 2);
        f.messages.store(inbox, List.of(1L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        long before = f.store.mailboxes().find(inbox).orElseThrow().highestModSeq();

        ExpungeResult result = f.messages.expunge(inbox, Optional.empty());

        assertThat(result.uids()).containsExactly(1L);
        assertThat(result.modSeq()).isEqualTo(before + 1);
        assertThat(f.messages.records(inbox, 1, 10)).extracting(MessageRecord::uid).containsExactly(2L);
        MessageRecord gone = f.messages.changedSince(inbox, before).get(0);
        assertThat(gone.uid()).isEqualTo(1);
        assertThat(gone.expunged()).isTrue();
        assertThat(gone.expungeModSeq()).isEqualTo(before + 1);
        assertThat(f.mailboxDirectory(inbox).resolve("1.")).doesNotExist();
    }

    @StoreTest
    void delayedExpungeKeepsRecordAndFileButStopsCountingQuota(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = withMessages(f, "alice", 2);
        f.quotas.setLimits(inbox, 1000, 100);
        f.messages.store(inbox, List.of(1L, 2L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());

        ExpungeResult result = f.messages.expunge(inbox, Optional.empty());

        assertThat(result.uids()).containsExactly(1L, 2L);
        assertThat(f.messages.records(inbox, 1, 10)).isEmpty();
        assertThat(f.messages.changedSince(inbox, 0)).allMatch(MessageRecord::expunged).hasSize(2);
        assertThat(f.mailboxDirectory(inbox).resolve("1.")).exists();
        assertThat(f.mailboxDirectory(inbox).resolve("2.")).exists();
        assertThat(f.quotas.get(inbox).orElseThrow().usedBytes()).isZero();
        assertThat(f.quotas.get(inbox).orElseThrow().usedMessages()).isZero();
        assertThat(f.messages.expunge(inbox, Optional.empty()).uids()).as("nothing left to expunge").isEmpty();
    }

    @StoreTest
    void vanishedSinceListsKeptExpungesAfterTheModseq(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.SEMIDELAYED, false));
        String inbox = withMessages(f, "alice", 4);
        f.messages.store(inbox, List.of(1L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        long first = f.messages.expunge(inbox, Optional.empty()).modSeq();
        f.messages.store(inbox, List.of(3L, 4L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        f.messages.expunge(inbox, Optional.of(List.of(3L)));

        assertThat(f.messages.highestModSeq(inbox)).isEqualTo(first + 2);
        assertThat(f.messages.vanishedSince(inbox, 0)).isEqualTo(new Vanished(true, new long[] {1, 3}));
        assertThat(f.messages.vanishedSince(inbox, first)).isEqualTo(new Vanished(true, new long[] {3}));
        assertThat(f.messages.vanishedSince(inbox, first + 2).uids()).isEmpty();
    }

    @StoreTest
    void vanishedSinceIsInexactBeforeAnImmediateExpunge(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.IMMEDIATE, false));
        String inbox = withMessages(f, "alice", 3);
        long before = f.messages.highestModSeq(inbox);
        assertThat(f.messages.vanishedSince(inbox, 0)).as("nothing purged yet").isEqualTo(new Vanished(true, new long[0]));
        f.messages.store(inbox, List.of(2L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        long expunged = f.messages.expunge(inbox, Optional.empty()).modSeq();

        assertThat(f.messages.vanishedSince(inbox, before).exact()).isFalse();
        assertThat(f.messages.vanishedSince(inbox, expunged - 1).exact()).isFalse();
        assertThat(f.messages.vanishedSince(inbox, expunged)).as("the client knew of that expunge")
                .isEqualTo(new Vanished(true, new long[0]));
    }

    @StoreTest
    void purgingKeptExpungesMakesVanishedInexactBeforeThem(TestBackend backend) {
        MessageFixture f = new MessageFixture(backend);
        String inbox = withMessages(f, "alice", 3);
        f.messages.store(inbox, List.of(1L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        long first = f.messages.expunge(inbox, Optional.empty()).modSeq();
        f.messages.store(inbox, List.of(2L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        long second = f.messages.expunge(inbox, Optional.empty()).modSeq();
        assertThat(f.messages.vanishedSince(inbox, 0)).isEqualTo(new Vanished(true, new long[] {1, 2}));

        assertThat(f.messages.purgeExpunged(Instant.now().plusSeconds(60), "")).isEqualTo(2);

        assertThat(f.messages.vanishedSince(inbox, first).exact()).isFalse();
        assertThat(f.messages.vanishedSince(inbox, second)).as("the client knew of both expunges")
                .isEqualTo(new Vanished(true, new long[0]));
    }
}
