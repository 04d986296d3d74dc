package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** Leftovers of a kill -9 at each step of the write path, made by hand, and what recovery does with them. */
class StartupRecoveryTest {
    private static final Instant WHEN = Instant.parse("2024-01-01T12:00:00Z");

    @StoreTest
    void recoveryRemovesStageFilesAndOrphansAndMarksMissingFiles(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        for (int i = 1; i <= 3; i++) {
            f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<r" + i + "@x>", "r", "b")),
                    List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));
        }
        Path dir = f.mailboxDirectory(inbox);
        // killed after staging: a stage file
        Path stage = Files.createDirectories(f.partition().resolve("stage.")).resolve("1234-5678-1");
        Files.writeString(stage, "half a message");
        // killed after linking, before the commit: a file under the next UID without a record
        Files.writeString(dir.resolve("4."), "uncommitted");
        Files.writeString(dir.resolve("17."), "uncommitted too");
        // a record whose file vanished (disk trouble, manual deletion)
        Files.delete(dir.resolve("2."));
        // not message files: left alone
        Files.writeString(dir.resolve("cyrus.header"), "x");
        Files.createDirectories(dir.resolve("Sub"));

        RecoveryReport report = f.messages.recover();

        assertThat(report).isEqualTo(new RecoveryReport(1, 2, 0, 1, 0));
        assertThat(stage).doesNotExist();
        assertThat(dir.resolve("4.")).doesNotExist();
        assertThat(dir.resolve("17.")).doesNotExist();
        assertThat(dir.resolve("1.")).exists();
        assertThat(dir.resolve("3.")).exists();
        assertThat(dir.resolve("cyrus.header")).exists();
        assertThat(dir.resolve("Sub")).isDirectory();

        // the next delivery takes UID 4 again: no record ever had it, no client saw it
        var next = (AppendResult.Appended) f.messages.deliver(new DeliveryRequest(
                f.spool(MessageFixture.message("<r4@x>", "r", "b")), List.of(DeliveryRequest.Target.of(inbox)), WHEN,
                null)).get(0);
        assertThat(next.uid()).isEqualTo(4);

        // the missing file comes back (restored from backup): the record is usable again
        Files.writeString(dir.resolve("2."), "restored");
        assertThat(f.messages.recover()).isEqualTo(new RecoveryReport(0, 0, 0, 0, 1));
        assertThat(f.messages.openMessage(inbox, 2)).exists();
    }

    @StoreTest
    void aLeftoverFileUnderTheNextUidIsReplacedByTheNextDelivery(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        Path dir = f.mailboxDirectory(inbox);
        Files.writeString(dir.resolve("1."), "left by a crash before commit, recovery not yet run");
        String text = MessageFixture.message("<new@x>", "new", "fresh");

        f.messages.deliver(new DeliveryRequest(f.spool(text), List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));

        assertThat(Files.readString(dir.resolve("1."))).isEqualTo(text);
    }

    @StoreTest
    void recoveryFinishesFileRemovalOfSemidelayedExpunges(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend, new MessageStoreSettings(true, true, ExpungeMode.SEMIDELAYED, false));
        String inbox = f.user("alice");
        f.messages.deliver(new DeliveryRequest(f.spool(MessageFixture.message("<s@x>", "s", "b")),
                List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));
        Path file = f.mailboxDirectory(inbox).resolve("1.");
        byte[] bytes = Files.readAllBytes(file);
        f.messages.store(inbox, List.of(1L), FlagOperation.ADD, java.util.Set.of("\\Deleted"),
                java.util.OptionalLong.empty());
        f.messages.expunge(inbox, java.util.Optional.empty());
        // killed after the commit, before the file was deleted
        Files.write(file, bytes);

        assertThat(f.messages.recover()).isEqualTo(new RecoveryReport(0, 0, 1, 0, 0));
        assertThat(file).doesNotExist();
    }

    @StoreTest
    void openingTheStoreRunsRecovery(TestBackend backend) throws Exception {
        var first = backend.openStore();
        String inbox = first.mailboxes().createUser("alice").name();
        Path spooled = Files.writeString(backend.directory().resolve("spooled"), MessageFixture.message("<o@x>", "o", "b"));
        first.messages().deliver(new DeliveryRequest(spooled, List.of(DeliveryRequest.Target.of(inbox)), WHEN, null));
        first.close();
        Path dir = first.partitions().defaultPath().resolve("user").resolve("alice");
        Files.writeString(dir.resolve("2."), "crash leftover");

        var reopened = backend.openStore();

        assertThat(dir.resolve("2.")).doesNotExist();
        assertThat(reopened.messages().openMessage(inbox, 1)).isEqualTo(dir.resolve("1."));
    }
}
