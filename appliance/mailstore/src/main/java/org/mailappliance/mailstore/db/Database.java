package org.mailappliance.mailstore.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.mailappliance.mailstore.StoreException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The store's connection pool and schema. One per running store; {@link #close()} releases it. */
public final class Database implements AutoCloseable {
    /** Where the store's Flyway scripts live; later issues add V2+ here. */
    public static final String MIGRATION_LOCATION = "classpath:db/migration/mailstore";

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    public static Database open(DatabaseSettings settings) {
        DatabaseKind kind = settings.kind();
        loadDriver(kind);
        HikariConfig config = new HikariConfig();
        config.setPoolName("mailstore");
        config.setDriverClassName(kind.driverClassName());
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(true);
        try {
            return new Database(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to the mail store database " + settings.url() + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * Loads the driver with this class's loader so that a web application finds the driver in its own
     * WEB-INF/lib even when the thread's context class loader is the server's.
     */
    private static void loadDriver(DatabaseKind kind) {
        try {
            Class.forName(kind.driverClassName(), true, Database.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StoreException("JDBC driver " + kind.driverClassName() + " is not on the class path", e);
        }
    }

    /** Brings the schema up to date; returns the migrations applied now (empty when it already was). */
    public List<AppliedMigration> migrate() {
        try {
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATION_LOCATION)
                    .load()
                    .migrate();
            return result.migrations.stream()
                    .map(m -> new AppliedMigration(m.version, m.description))
                    .toList();
        } catch (RuntimeException e) {
            throw new StoreException("migrating the mail store database " + settings.url() + " failed: "
                    + rootMessage(e), e);
        }
    }

    /** The schema version recorded by Flyway, or null before the first migration. */
    public String schemaVersion() {
        var current = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATION_LOCATION)
                .load()
                .info()
                .current();
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseKind kind() {
        return settings.kind();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("mail store database: " + e.getMessage(), e);
        }
    }

    /** Runs read-only or single-statement work on a pooled connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("mail store database: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
