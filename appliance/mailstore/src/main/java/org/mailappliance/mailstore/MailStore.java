package org.mailappliance.mailstore;

import java.util.List;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.db.AppliedMigration;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.StoreMeta;
import org.mailappliance.mailstore.mailbox.Mailboxes;
import org.mailappliance.mailstore.partition.Partitions;

/**
 * The opened mail store: a migrated database, existing partition directories, and the services on top.
 * Opening does not touch {@link StoreGate}; the caller opens the gate once it has everything else ready too.
 */
public final class MailStore implements AutoCloseable {
    private final Database database;
    private final Partitions partitions;
    private final List<AppliedMigration> migrationsApplied;
    private final Accounts accounts;
    private final Mailboxes mailboxes;
    private final StoreMeta meta;

    private MailStore(Database database, Partitions partitions, List<AppliedMigration> applied, int iterations) {
        this.database = database;
        this.partitions = partitions;
        this.migrationsApplied = List.copyOf(applied);
        this.accounts = new Accounts(database, iterations);
        this.mailboxes = new Mailboxes(database, partitions);
        this.meta = new StoreMeta(database);
    }

    /** Reads the settings from imapd.conf, then {@link #open(MailStoreSettings)}. */
    public static MailStore open(ImapdConf conf) throws ConfigException {
        return open(MailStoreSettings.from(conf));
    }

    /**
     * Connects, migrates the schema, makes missing partition directories and fixes the instance id.
     *
     * @throws StoreException if any step fails; nothing stays open then
     */
    public static MailStore open(MailStoreSettings settings) {
        Database database = Database.open(settings.database());
        try {
            List<AppliedMigration> applied = database.migrate();
            settings.partitions().ensureCreated();
            MailStore store = new MailStore(database, settings.partitions(), applied, settings.scramIterations());
            store.meta.instanceId();
            return store;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Accounts accounts() {
        return accounts;
    }

    public Mailboxes mailboxes() {
        return mailboxes;
    }

    public Database database() {
        return database;
    }

    public Partitions partitions() {
        return partitions;
    }

    public StoreMeta meta() {
        return meta;
    }

    /** This store's random identity, kept in the database. */
    public String instanceId() {
        return meta.instanceId();
    }

    /** The migrations this open applied (empty when the schema was already current). */
    public List<AppliedMigration> migrationsApplied() {
        return migrationsApplied;
    }

    @Override
    public void close() {
        database.close();
    }
}
