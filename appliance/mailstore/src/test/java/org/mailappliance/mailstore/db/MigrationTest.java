package org.mailappliance.mailstore.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class MigrationTest {

    @StoreTest
    void firstMigrationAppliesTheBootstrapSchema(TestBackend backend) {
        Database database = backend.openDatabase();

        assertThat(database.schemaVersion()).isNull();
        List<AppliedMigration> applied = database.migrate();

        assertThat(applied).extracting(AppliedMigration::version).startsWith("1");
        assertThat(applied.get(0).description()).isEqualTo("bootstrap");
        // later issues add migrations; the recorded version is the newest one applied
        assertThat(database.schemaVersion()).isEqualTo(applied.get(applied.size() - 1).version());
        assertThat(tables(database)).contains("accounts", "mailboxes", "store_meta");
    }

    @StoreTest
    void migratingAgainIsANoOp(TestBackend backend) {
        Database database = backend.openDatabase();
        List<AppliedMigration> applied = database.migrate();

        assertThat(database.migrate()).isEmpty();
        assertThat(database.schemaVersion()).isEqualTo(applied.get(applied.size() - 1).version());
    }

    @StoreTest
    void aSecondPoolOnTheSameDatabaseFindsItMigrated(TestBackend backend) {
        try (Database first = Database.open(backend.databaseSettings())) {
            assertThat(first.migrate()).isNotEmpty();
        }
        Database second = backend.openDatabase();

        assertThat(second.migrate()).isEmpty();
    }

    @StoreTest
    void schemaSeedsTheUidValidityCounter(TestBackend backend) {
        Database database = backend.openDatabase();
        database.migrate();

        assertThat(new StoreMeta(database).get("uidvalidity.last")).contains("0");
    }

    @StoreTest
    void transactionsRollBackWhenWorkFails(TestBackend backend) {
        Database database = backend.openDatabase();
        database.migrate();
        StoreMeta meta = new StoreMeta(database);

        try {
            database.inTransaction(c -> {
                StoreMeta.put(c, "probe", "written");
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }

        assertThat(meta.get("probe")).isEmpty();
    }

    @StoreTest
    void instanceIdIsMadeOnceAndKept(TestBackend backend) {
        Database database = backend.openDatabase();
        database.migrate();
        StoreMeta meta = new StoreMeta(database);

        String id = meta.instanceId();

        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(meta.instanceId()).isEqualTo(id);
    }

    private static List<String> tables(Database database) {
        return database.withConnection(c -> {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet r = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
    }
}
