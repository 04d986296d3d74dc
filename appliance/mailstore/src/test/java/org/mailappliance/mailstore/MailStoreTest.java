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
}
