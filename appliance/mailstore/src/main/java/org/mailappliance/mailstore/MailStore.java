package org.mailappliance.mailstore;

import java.util.List;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.accounts.CramSecrets;
import org.mailappliance.mailstore.db.AppliedMigration;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.StoreMeta;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.events.SyncLog;
import org.mailappliance.mailstore.mailbox.Annotations;
import org.mailappliance.mailstore.mailbox.MailboxSettings;
import org.mailappliance.mailstore.mailbox.Mailboxes;
import org.mailappliance.mailstore.mailbox.Pop3Logins;
import org.mailappliance.mailstore.mailbox.RecentUids;
import org.mailappliance.mailstore.mailbox.Subscriptions;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.MessageStoreSettings;
import org.mailappliance.mailstore.message.SeenStates;
import org.mailappliance.mailstore.quota.Quotas;
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
    private final ChangeEvents events;
    private final Quotas quotas;
    private final Subscriptions subscriptions;
    private final Annotations annotations;
    private final MessageStore messages;
    private final SeenStates seenStates;
    private final RecentUids recentUids;
    private final Pop3Logins pop3Logins;
    private final CramSecrets cramSecrets;
    private final org.mailappliance.mailstore.sieve.SieveScripts sieveScripts;

    private MailStore(Database database, Partitions partitions, List<AppliedMigration> applied, int iterations,
            MailboxSettings mailboxSettings, SyncLog syncLog, MessageStoreSettings messageSettings) {
        this.database = database;
        this.partitions = partitions;
        this.migrationsApplied = List.copyOf(applied);
        this.accounts = new Accounts(database, iterations);
        this.events = new ChangeEvents(syncLog);
        this.quotas = new Quotas(database, events);
        this.mailboxes = new Mailboxes(database, partitions, mailboxSettings, events, quotas, java.time.Clock.systemUTC());
        this.subscriptions = new Subscriptions(database, events);
        this.annotations = new Annotations(database, events, java.time.Clock.systemUTC());
        this.meta = new StoreMeta(database);
        this.messages = new MessageStore(database, partitions, quotas, events, messageSettings);
        this.seenStates = new SeenStates(database, events);
        this.recentUids = new RecentUids(database);
        this.pop3Logins = new Pop3Logins(database);
        this.cramSecrets = new CramSecrets(database);
        this.sieveScripts = new org.mailappliance.mailstore.sieve.SieveScripts(database);
    }

    /** Reads the settings from imapd.conf, then {@link #open(MailStoreSettings)}. */
    public static MailStore open(ImapdConf conf) throws ConfigException {
        return open(MailStoreSettings.from(conf), MailboxSettings.from(conf), SyncLog.from(conf),
                MessageStoreSettings.from(conf));
    }

    /**
     * Connects, migrates the schema, makes missing partition directories and fixes the instance id.
     *
     * @throws StoreException if any step fails; nothing stays open then
     */
    public static MailStore open(MailStoreSettings settings) {
        return open(settings, MailboxSettings.defaults(), SyncLog.disabled());
    }

    /** {@link #open(MailStoreSettings)} with mailbox options (delete_mode, ACL rules, autocreate) and a sync_log. */
    public static MailStore open(MailStoreSettings settings, MailboxSettings mailboxSettings, SyncLog syncLog) {
        return open(settings, mailboxSettings, syncLog, MessageStoreSettings.DEFAULTS);
    }

    /**
     * {@link #open(MailStoreSettings, MailboxSettings, SyncLog)} with message options (expunge_mode,
     * duplicatesuppression, singleinstancestore, lmtp_strict_quota). Runs the message store's crash recovery after
     * migrating, before anything can use the store.
     */
    public static MailStore open(MailStoreSettings settings, MailboxSettings mailboxSettings, SyncLog syncLog,
            MessageStoreSettings messageSettings) {
        Database database = Database.open(settings.database());
        try {
            List<AppliedMigration> applied = database.migrate();
            settings.partitions().ensureCreated();
            MailStore store = new MailStore(database, settings.partitions(), applied, settings.scramIterations(),
                    mailboxSettings, syncLog, messageSettings);
            store.meta.instanceId();
            store.messages.recover();
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

    /** Change notifications (IDLE, indexer) and the sync_log; publish only after a commit. */
    public ChangeEvents events() {
        return events;
    }

    /** Messages: delivery, APPEND, COPY, STORE, EXPUNGE and the reads FETCH needs. */
    public MessageStore messages() {
        return messages;
    }

    /** Per-user {@code \Seen} on mailboxes the user does not own. */
    public SeenStates seenStates() {
        return seenStates;
    }

    /** Which messages sessions have already been shown as \Recent. */
    public RecentUids recentUids() {
        return recentUids;
    }

    /** CRAM-MD5 secrets of the accounts (only kept when CRAM-MD5 is enabled). */
    public CramSecrets cramSecrets() {
        return cramSecrets;
    }

    /** When each mailbox was last opened over POP3 ({@code popminpoll}). */
    /** ManageSieve scripts per user. */
    public org.mailappliance.mailstore.sieve.SieveScripts sieveScripts() {
        return sieveScripts;
    }

    public Pop3Logins pop3Logins() {
        return pop3Logins;
    }

    public Quotas quotas() {
        return quotas;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Annotations annotations() {
        return annotations;
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
