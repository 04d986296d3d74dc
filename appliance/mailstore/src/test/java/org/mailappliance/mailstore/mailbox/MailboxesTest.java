package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.accounts.InvalidUserNameException;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class MailboxesTest {

    @StoreTest
    void createUserMakesTheInboxRowAndItsDirectory(TestBackend backend) {
        MailStore store = backend.openStore();
        long before = Instant.now().getEpochSecond();

        Mailbox inbox = store.mailboxes().createUser("alice");

        assertThat(inbox.name()).isEqualTo("user.alice");
        assertThat(inbox.id()).isPositive();
        assertThat(inbox.uniqueId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(inbox.type()).isEqualTo(Mailbox.TYPE_EMAIL);
        assertThat(inbox.partition()).isEqualTo("default");
        assertThat(inbox.server()).isNull();
        assertThat(inbox.acl()).isEqualTo("alice\tlrswipkxtecdan\t");
        assertThat(inbox.uidValidity()).isBetween(before, Instant.now().getEpochSecond() + 1);
        assertThat(inbox.uidNext()).isEqualTo(1);
        assertThat(inbox.state()).isEqualTo(MailboxState.ACTIVE);
        assertThat(inbox.specialUse()).isNull();
        assertThat(inbox.quotaRoot()).isNull();
        assertThat(store.mailboxes().find("user.alice")).contains(inbox);
        assertThat(store.mailboxes().exists("user.alice")).isTrue();
        Path directory = backend.directory().resolve("spool").resolve("user").resolve("alice");
        assertThat(directory).isDirectory();
        assertThat(store.mailboxes().directory(inbox)).isEqualTo(directory.toAbsolutePath());
    }

    @StoreTest
    void creatingTheSameUserTwiceFailsCleanly(TestBackend backend) {
        Mailboxes mailboxes = backend.openStore().mailboxes();
        Mailbox first = mailboxes.createUser("alice");

        assertThatThrownBy(() -> mailboxes.createUser("alice"))
                .isInstanceOf(MailboxExistsException.class)
                .hasMessageContaining("user.alice")
                .satisfies(e -> assertThat(((MailboxExistsException) e).mailboxName()).isEqualTo("user.alice"));
        assertThat(mailboxes.find("user.alice")).contains(first);
        assertThat(mailboxes.createUser("bob").name()).isEqualTo("user.bob");
    }

    @StoreTest
    void aDotInTheUserNameBecomesACaretInTheInternalName(TestBackend backend) {
        MailStore store = backend.openStore();

        Mailbox inbox = store.mailboxes().createUser("john.doe");

        assertThat(inbox.name()).isEqualTo("user.john^doe");
        assertThat(inbox.acl()).isEqualTo("john.doe\tlrswipkxtecdan\t");
        assertThat(backend.directory().resolve("spool/user/john^doe")).isDirectory();
    }

    @StoreTest
    void uidValidityGrowsEvenWithinOneSecond(TestBackend backend) {
        MailStore store = backend.openStore();
        Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        Mailboxes mailboxes = new Mailboxes(store.database(), store.partitions(), frozen);

        long a = mailboxes.createUser("a").uidValidity();
        long b = mailboxes.createUser("b").uidValidity();
        long c = mailboxes.createUser("c").uidValidity();

        assertThat(a).isEqualTo(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
        assertThat(b).isEqualTo(a + 1);
        assertThat(c).isEqualTo(a + 2);
    }

    @StoreTest
    void invalidUserNamesCreateNothing(TestBackend backend) {
        MailStore store = backend.openStore();

        for (String bad : new String[] {"", "al ice", "../etc", "a/b", "a\u0000b", "x".repeat(256), "a.b..c", "anyone"}) {
            assertThatThrownBy(() -> store.mailboxes().createUser(bad)).isInstanceOf(InvalidUserNameException.class);
        }
        assertThat(backend.directory().resolve("spool/user")).doesNotExist();
    }

    @StoreTest
    void anUnknownPartitionIsRefused(TestBackend backend) {
        MailStore store = backend.openStore();

        assertThatThrownBy(() -> store.mailboxes().createUser("alice", "fast"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fast");
        assertThat(store.mailboxes().exists("user.alice")).isFalse();
    }

    @StoreTest
    void aLeftoverEmptyDirectoryIsReusedButOneWithFilesIsNot(TestBackend backend) throws Exception {
        MailStore store = backend.openStore();
        Files.createDirectories(backend.directory().resolve("spool/user/alice"));
        Path bobDir = Files.createDirectories(backend.directory().resolve("spool/user/bob"));
        Files.writeString(bobDir.resolve("1."), "Subject: old\r\n\r\nold message\r\n");

        assertThat(store.mailboxes().createUser("alice").name()).isEqualTo("user.alice");
        assertThatThrownBy(() -> store.mailboxes().createUser("bob"))
                .isInstanceOf(StoreException.class).hasMessageContaining(bobDir.toString());
        assertThat(store.mailboxes().exists("user.bob")).isFalse();
    }

    @StoreTest
    void whenTheDirectoryCannotBeMadeNoRowIsKept(TestBackend backend) throws Exception {
        MailStore store = backend.openStore();
        Files.createDirectories(backend.directory().resolve("spool"));
        Files.writeString(backend.directory().resolve("spool/user"), "a file where the user directory tree should be");

        assertThatThrownBy(() -> store.mailboxes().createUser("alice")).isInstanceOf(StoreException.class)
                .hasMessageContaining("user.alice");
        assertThat(store.mailboxes().exists("user.alice")).isFalse();
    }

    @StoreTest
    void mailboxesSurviveReopeningTheStore(TestBackend backend) {
        Mailbox created;
        try (MailStore first = MailStore.open(backend.storeSettings())) {
            created = first.mailboxes().createUser("alice");
        }

        assertThat(backend.openStore().mailboxes().find("user.alice")).contains(created);
    }
}
