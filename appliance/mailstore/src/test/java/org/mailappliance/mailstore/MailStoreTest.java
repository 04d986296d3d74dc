package org.mailappliance.mailstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.db.AppliedMigration;
import org.mailappliance.mailstore.db.DatabaseSettings;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class MailStoreTest {

    @StoreTest
    void openMigratesCreatesPartitionsAndKeepsTheInstanceId(TestBackend backend) {
        String instanceId;
        String newest;
        try (MailStore store = MailStore.open(backend.storeSettings())) {
            assertThat(store.migrationsApplied()).extracting(AppliedMigration::version).startsWith("1");
            newest = store.migrationsApplied().get(store.migrationsApplied().size() - 1).version();
            assertThat(backend.directory().resolve("spool")).isDirectory();
            instanceId = store.instanceId();
        }

        MailStore reopened = backend.openStore();

        assertThat(reopened.migrationsApplied()).isEmpty();
        assertThat(reopened.instanceId()).isEqualTo(instanceId);
        assertThat(reopened.database().schemaVersion()).isEqualTo(newest);
    }

    @StoreTest
    void opensFromImapdConf(TestBackend backend) throws Exception {
        MailStore store = backend.track(MailStore.open(ImapdConf.of(backend.imapdConfValues())));

        assertThat(store.database().kind()).isEqualTo(backend.kind());
        assertThat(store.partitions().defaultPartition()).isEqualTo("default");
        store.accounts().setPassword("alice", "pw".toCharArray());
        store.mailboxes().createUser("alice");
        assertThat(store.accounts().verify("alice", "pw".toCharArray())).isTrue();
        assertThat(backend.directory().resolve("spool/user/alice")).isDirectory();
    }

    @StoreTest
    void aDatabaseThatCannotBeReachedFailsOpenWithAStoreException(TestBackend backend) {
        DatabaseSettings unreachable = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/none", "x", "", 1);
        MailStoreSettings settings = new MailStoreSettings(unreachable, backend.partitions(), 4096);

        assertThatThrownBy(() -> MailStore.open(settings)).isInstanceOf(StoreException.class)
                .hasMessageContaining("127.0.0.1:1");
    }

    @StoreTest
    void openedFromImapdConfItWritesTheSyncLogAndFollowsTheMailboxOptions(TestBackend backend) throws Exception {
        java.util.Map<String, String> values = new java.util.HashMap<>(backend.imapdConfValues());
        values.put("sync_log", "yes");
        values.put("sync_log_channels", "repl1");
        values.put("delete_mode", "immediate");
        values.put("autocreate_inbox_folders", "Sent");
        MailStore store = backend.track(MailStore.open(ImapdConf.of(values)));

        store.mailboxes().createUser("fred");
        store.mailboxes().delete("user.fred.Sent", org.mailappliance.mailstore.acl.Identity.user("fred"));

        assertThat(backend.directory().resolve("config/sync/repl1/log")).hasContent(String.join("\n",
                "MAILBOX user.fred", "SUB fred user.fred", "MAILBOX user.fred.Sent", "UNMAILBOX user.fred.Sent"));
        assertThat(store.mailboxes().find("user.fred.Sent")).isEmpty();
    }
}
