package org.mailappliance.mailstore.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.mailappliance.config.ConfigException;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.MailStoreSettings;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.db.DatabaseSettings;
import org.mailappliance.mailstore.partition.Partitions;

/**
 * One empty database (H2 file in a temporary directory, or a PostgreSQL database made for this test) plus a
 * temporary directory for partitions. Everything it opened is closed, and the PostgreSQL database dropped,
 * when the test ends.
 */
public final class TestBackend implements ExtensionContext.Store.CloseableResource {
    /** Server of the throw-away databases; override with -Dmailstore.test.postgres.url=jdbc:postgresql://host:port/ */
    private static final String PG_SERVER = System.getProperty("mailstore.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("mailstore.test.postgres.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("mailstore.test.postgres.password", "");

    private final DatabaseKind kind;
    private final Path directory;
    private final DatabaseSettings databaseSettings;
    private final String pgDatabase;
    private final List<AutoCloseable> opened = new ArrayList<>();

    private TestBackend(DatabaseKind kind, Path directory, DatabaseSettings databaseSettings, String pgDatabase) {
        this.kind = kind;
        this.directory = directory;
        this.databaseSettings = databaseSettings;
        this.pgDatabase = pgDatabase;
    }

    public static TestBackend create(DatabaseKind kind) {
        Path directory;
        try {
            directory = Files.createTempDirectory("mailstore-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind == DatabaseKind.H2) {
            return new TestBackend(kind, directory,
                    new DatabaseSettings(DatabaseSettings.defaultH2Url(directory.resolve("config")), "sa", "", 4), null);
        }
        String name = "mailstore_test_" + UUID.randomUUID().toString().replace("-", "");
        adminExecute("CREATE DATABASE " + name);
        return new TestBackend(kind, directory, new DatabaseSettings(PG_SERVER + name, PG_USER, PG_PASSWORD, 4), name);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** A fresh temporary directory private to this test. */
    public Path directory() {
        return directory;
    }

    public DatabaseSettings databaseSettings() {
        return databaseSettings;
    }

    /** The imapd.conf keys that point the store at this backend (for tests of settings parsing). */
    public Map<String, String> imapdConfValues() {
        return Map.of("configdirectory", directory.resolve("config").toString(),
                "partition-default", directory.resolve("spool").toString(),
                DatabaseSettings.URL_KEY, databaseSettings.url(),
                DatabaseSettings.USER_KEY, databaseSettings.user(),
                DatabaseSettings.PASSWORD_KEY, databaseSettings.password());
    }

    /** One partition, "default", under the test directory (not yet created on disk). */
    public Partitions partitions() {
        try {
            return new Partitions(Map.of("default", directory.resolve("spool")), null);
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    public MailStoreSettings storeSettings() {
        return new MailStoreSettings(databaseSettings, partitions(), Accounts.MIN_ITERATIONS);
    }

    /** Opens (and migrates) a store; closed when the test ends. */
    public MailStore openStore() {
        return track(MailStore.open(storeSettings()));
    }

    /** Opens a pool without migrating; closed when the test ends. */
    public Database openDatabase() {
        return track(Database.open(databaseSettings));
    }

    public <T extends AutoCloseable> T track(T resource) {
        opened.add(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        if (pgDatabase != null) {
            adminExecute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
        }
        deleteRecursively(directory);
    }

    private static void adminExecute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_SERVER + " is needed for the store tests and failed: "
                    + e.getMessage() + " (start it: pg_ctlcluster --skip-systemctl-redirect <version> main start)", e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
