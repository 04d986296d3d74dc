package org.mailappliance.mailstore.expire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.DeletedNames;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.DeliveryRequest;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class CyrExpireTest {

    private static MailStore store(TestBackend backend) throws Exception {
        Map<String, String> values = new HashMap<>(backend.imapdConfValues());
        values.put("expunge_mode", "delayed");
        values.put("delete_mode", "delayed");
        values.put("duplicatesuppression", "yes");
        return backend.track(MailStore.open(ImapdConf.of(values)));
    }

    private static AppendResult deliver(TestBackend backend, MailStore store, String mailbox, String messageId)
            throws IOException {
        Path file = Files.createTempFile(backend.directory(), "msg", ".eml");
        Files.writeString(file, "From: a@example.org\r\nSubject: s\r\nMessage-ID: " + messageId + "\r\n\r\nbody\r\n",
                StandardCharsets.US_ASCII);
        return store.messages().deliver(new DeliveryRequest(file, List.of(DeliveryRequest.Target.of(mailbox)),
                Instant.now(), null)).get(0);
    }

    private static CyrExpire later(MailStore store, Duration by) {
        return new CyrExpire(store, Clock.offset(Clock.systemUTC(), by));
    }

    @StoreTest
    void minusEForgetsOldDuplicateRecordsSoTheMessageCanBeDeliveredAgain(TestBackend backend) throws Exception {
        MailStore store = store(backend);
        String inbox = store.mailboxes().createUser("alice").name();
        assertThat(deliver(backend, store, inbox, "<one@x>")).isInstanceOf(AppendResult.Appended.class);
        assertThat(deliver(backend, store, inbox, "<one@x>")).isInstanceOf(AppendResult.Duplicate.class);

        CyrExpire.Report tooEarly = later(store, Duration.ofHours(1)).run(CyrExpireOptions.parse(List.of("-E", "1")));
        assertThat(tooEarly.deliveriesPruned()).isZero();
        CyrExpire.Report report = later(store, Duration.ofDays(2)).run(CyrExpireOptions.parse(List.of("-E", "1")));

        assertThat(report.deliveriesPruned()).isEqualTo(1);
        assertThat(deliver(backend, store, inbox, "<one@x>")).isInstanceOf(AppendResult.Appended.class);
    }

    @StoreTest
    void minusXPurgesRecordsAndFilesExpungedLongerAgo(TestBackend backend) throws Exception {
        MailStore store = store(backend);
        String inbox = store.mailboxes().createUser("bob").name();
        deliver(backend, store, inbox, "<a@x>");
        deliver(backend, store, inbox, "<b@x>");
        store.messages().store(inbox, List.of(1L), FlagOperation.ADD, Set.of("\\Deleted"), OptionalLong.empty());
        store.messages().expunge(inbox, Optional.empty());
        Path dir = store.mailboxes().directory(store.mailboxes().require(inbox));
        assertThat(dir.resolve("1.")).as("expunge_mode delayed keeps the file").exists();
        assertThat(store.messages().changedSince(inbox, 0)).hasSize(2);

        assertThat(later(store, Duration.ofHours(1)).run(CyrExpireOptions.parse(List.of("-X", "1d"))).expungedPurged())
                .isZero();
        CyrExpire.Report report = later(store, Duration.ofDays(2)).run(CyrExpireOptions.parse(List.of("-X", "1d")));

        assertThat(report.expungedPurged()).isEqualTo(1);
        assertThat(dir.resolve("1.")).doesNotExist();
        assertThat(dir.resolve("2.")).exists();
        assertThat(store.messages().changedSince(inbox, 0)).extracting(r -> r.uid()).containsExactly(2L);
    }

    @StoreTest
    void minusDPurgesMailboxesDeletedLongerAgoWithinThePrefix(TestBackend backend) throws Exception {
        MailStore store = store(backend);
        store.mailboxes().createUser("carol");
        store.mailboxes().createUser("dave");
        store.mailboxes().create("user.carol.Old", null, null, Identity.user("carol"));
        store.mailboxes().delete("user.carol.Old", Identity.user("carol"));
        store.mailboxes().delete("user.dave", Identity.SYSTEM);
        assertThat(store.mailboxes().listDeleted("")).hasSize(2);

        CyrExpire.Report report = later(store, Duration.ofDays(3))
                .run(CyrExpireOptions.parse(List.of("-D", "2", "-u", "carol")));

        assertThat(report.deletedPurged()).hasSize(1);
        assertThat(store.mailboxes().listDeleted("")).extracting(m -> DeletedNames.originalName(m.name()))
                .containsExactly("user.dave");
    }

    @Test
    void durationsAndNames() {
        assertThat(ExpireDuration.parse("28")).isEqualTo(Duration.ofDays(28));
        assertThat(ExpireDuration.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(ExpireDuration.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> ExpireDuration.parse("3 weeks")).hasMessageContaining("bad duration");
        assertThat(DeletedNames.originalName("DELETED.user.bob.Trash.5F00AA11")).isEqualTo("user.bob.Trash");
        assertThat(DeletedNames.originalName("example.com!DELETED.user.bob.5F00AA11"))
                .isEqualTo("example.com!user.bob");
        assertThat(DeletedNames.deletionTime("DELETED.user.bob.5F00AA11"))
                .contains(Instant.ofEpochSecond(0x5F00AA11L));
        assertThat(DeletedNames.deletionTime("DELETED.user.bob")).isEmpty();
        assertThatThrownBy(() -> CyrExpireOptions.parse(List.of("-v"))).hasMessageContaining("nothing to do");
        assertThatThrownBy(() -> CyrExpireOptions.parse(List.of("-E"))).hasMessageContaining("-E needs a value");
        assertThatThrownBy(() -> CyrExpireOptions.parse(List.of("-Q", "1"))).hasMessageContaining("unknown option");
    }
}
