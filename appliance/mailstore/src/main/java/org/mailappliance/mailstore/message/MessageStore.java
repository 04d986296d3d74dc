package org.mailappliance.mailstore.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.mailbox.RecentUids;
import org.mailappliance.mailstore.message.MessageFiles.StagedFile;
import org.mailappliance.mailstore.message.mime.MessageAnalyzer;
import org.mailappliance.mailstore.partition.Partitions;
import org.mailappliance.mailstore.quota.MailboxUsage;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * Messages in mailboxes: the delivery/APPEND write path, COPY, MOVE, flag STORE, EXPUNGE and the reads FETCH needs.
 * Mailboxes are named by internal name. Every method is safe to call from many threads at once.
 *
 * <p>Write path: the source is written (or hard-linked) to a stage file under {@code <partition>/stage./} and
 * fsynced; then per target, in a database transaction that holds the mailbox row locked: take the next UID,
 * hard-link (or copy, across partitions or without {@code singleinstancestore}) the stage file into the mailbox
 * directory as {@code <uid>.}, insert the record, charge the quota, record the delivery for
 * {@code duplicatesuppression}, fsync the directory, commit; then publish the change. Only when this returns may the
 * caller acknowledge. Each target is its own unit under a savepoint: a full quota or a missing mailbox fails only
 * its own target. Placements that arrive together share one transaction and one commit ({@link GroupCommit}); a
 * lock-order conflict with another writer (a COPY holding a mailbox whose quota root the group holds) is broken by
 * the database and retried.
 */
public final class MessageStore {
    private static final Logger LOG = Logger.getLogger(MessageStore.class.getName());
    /** System property: how many messages' sort records are kept in memory over all mailboxes (0: none). */
    public static final String SORT_CACHE_PROPERTY = "appliance.sort.cache.messages";
    static final int DEFAULT_SORT_CACHE = 100_000;
    /** System property: how many messages' index records are kept in memory over all mailboxes (0: none). */
    public static final String RECORD_CACHE_PROPERTY = "appliance.records.cache.messages";
    static final int DEFAULT_RECORD_CACHE = 200_000;

    private final Database database;
    private final MessageFiles files;
    private final Partitions partitions;
    private final Appender appender;
    private final Copier copier;
    private final Mover mover;
    private final FlagStore flagStore;
    private final Expunger expunger;
    private final Purger purger;
    private final GroupCommit groupCommit;
    private final SortRecordCache sortRecords = new SortRecordCache(Integer.getInteger(SORT_CACHE_PROPERTY,
            DEFAULT_SORT_CACHE));
    private final RecordCache records = new RecordCache(Integer.getInteger(RECORD_CACHE_PROPERTY,
            DEFAULT_RECORD_CACHE));

    public MessageStore(Database database, Partitions partitions, Quotas quotas, ChangeEvents events,
            MessageStoreSettings settings) {
        this(database, partitions, quotas, events, settings, Clock.systemUTC());
    }

    public MessageStore(Database database, Partitions partitions, Quotas quotas, ChangeEvents events,
            MessageStoreSettings settings, Clock clock) {
        this.database = database;
        this.partitions = partitions;
        this.files = new MessageFiles(partitions);
        Transactions transactions = new Transactions(database);
        this.groupCommit = new GroupCommit(transactions);
        this.appender = new Appender(transactions, groupCommit, files, quotas, events, settings, clock);
        this.copier = new Copier(transactions, files, quotas, events, settings, clock);
        this.flagStore = new FlagStore(groupCommit, events, records);
        this.expunger = new Expunger(groupCommit, files, quotas, events, settings.expungeMode(), clock, records);
        this.mover = new Mover(transactions, copier, files, quotas, events, settings.expungeMode(), clock, records);
        this.purger = new Purger(transactions, files);
    }

    /** Delivers one message to every target; one result per target, in order. Never throws for one target's failure. */
    public List<AppendResult> deliver(DeliveryRequest request) {
        return appender.deliver(request);
    }

    /** IMAP APPEND from a spooled literal; the file is read (or hard-linked), never moved. No duplicate suppression. */
    public AppendResult append(String mailbox, Path source, Set<String> flags, Instant internalDate) {
        return appendStaged(mailbox, flags, internalDate, partition -> files.stageFromFile(partition, source));
    }

    /** IMAP APPEND from a stream; it is written to the stage file as it is read. */
    public AppendResult append(String mailbox, InputStream source, Set<String> flags, Instant internalDate) {
        return appendStaged(mailbox, flags, internalDate, partition -> files.stageFromStream(partition, source));
    }

    private interface Stager {
        StagedFile stage(String partition) throws IOException;
    }

    private AppendResult appendStaged(String mailbox, Set<String> flags, Instant internalDate, Stager stager) {
        String partition = appender.partitionsOf(List.of(mailbox)).get(mailbox);
        if (partition == null) {
            return new AppendResult.NoSuchMailbox(mailbox);
        }
        StagedFile stage;
        try {
            stage = stager.stage(partition);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "APPEND to " + mailbox + ": staging failed", e);
            return new AppendResult.Failed(mailbox, Appender.describe(e));
        }
        try {
            return appender.append(stage, mailbox, Flags.of(flags), internalDate);
        } finally {
            Appender.removeStage(stage);
        }
    }

    /** COPY: new UIDs in {@code toMailbox} for the given (unexpunged) messages, flags and INTERNALDATE kept; all or nothing. */
    public CopyResult copy(String fromMailbox, Collection<Long> uids, String toMailbox) {
        return copier.copy(fromMailbox, uids, toMailbox);
    }

    /**
     * MOVE: the copy of {@link #copy} and the expunge of the sources (whatever their flags, per
     * {@code expunge_mode}) in one transaction; all or nothing. {@link CopyResult.Copied} lists the moved messages.
     */
    public CopyResult move(String fromMailbox, Collection<Long> uids, String toMailbox) {
        return mover.move(fromMailbox, uids, toMailbox);
    }

    /**
     * STORE flags with one new modseq for the whole command; UNCHANGEDSINCE per RFC 7162 when given.
     *
     * @throws NoSuchMailboxException if the mailbox does not exist
     */
    public StoreResult store(String mailbox, Collection<Long> uids, FlagOperation op, Set<String> flags,
            OptionalLong unchangedSince) {
        return flagStore.store(mailbox, uids, op, flags, unchangedSince);
    }

    /**
     * EXPUNGE the messages flagged \Deleted; with {@code onlyUids} (UID EXPUNGE) only those among them.
     *
     * @throws NoSuchMailboxException if the mailbox does not exist
     */
    public ExpungeResult expunge(String mailbox, Optional<Collection<Long>> onlyUids) {
        return expunger.expunge(mailbox, onlyUids);
    }

    /**
     * cyr_expire -X: removes the records, and files, of messages expunged before {@code before} (expunge_mode
     * delayed keeps them until then) in mailboxes whose name starts with {@code prefix}; returns how many.
     */
    public int purgeExpunged(Instant before, String prefix) {
        return purger.purgeExpunged(before, prefix);
    }

    /** cyr_expire -E: forgets duplicate-suppression records of deliveries before {@code before}; returns how many. */
    public int pruneDeliveries(Instant before) {
        return purger.pruneDeliveries(before);
    }

    /**
     * {@link RecentUids#claim(String, long)} in the group's transaction: every new message a read-write session
     * reports is claimed, and a claim of its own would cost a commit as large as the append's.
     */
    public long claimRecent(String mailbox, long upToUid) {
        return groupCommit.run(c -> RecentUids.claim(c, mailbox, upToUid));
    }

    /** Unexpunged records with {@code firstUid <= uid <= lastUid}, ascending. */
    public List<MessageRecord> records(String mailbox, long firstUid, long lastUid) {
        return database.withConnection(c -> records.records(c, MailboxRow.find(c, mailbox)
                .orElseThrow(() -> new NoSuchMailboxException(mailbox)), firstUid, lastUid));
    }

    /** Records (expunged ones too) whose modseq is above {@code modSeq}, ascending by UID (CONDSTORE/QRESYNC). */
    public List<MessageRecord> changedSince(String mailbox, long modSeq) {
        return database.withConnection(c -> MessageIndex.changedSince(c, mailbox, mailboxId(c, mailbox), modSeq));
    }

    /** The mailbox's HIGHESTMODSEQ as committed now. */
    public long highestModSeq(String mailbox) {
        return database.withConnection(c -> MailboxRow.find(c, mailbox)
                .orElseThrow(() -> new NoSuchMailboxException(mailbox)).highestModSeq());
    }

    /**
     * The messages expunged after {@code modSeq} (QRESYNC VANISHED); inexact when the records of some of them are
     * no longer kept ({@code expunge_mode: immediate}).
     */
    public Vanished vanishedSince(String mailbox, long modSeq) {
        return database.withConnection(c -> {
            long id = mailboxId(c, mailbox);
            if (modSeq < VanishedIndex.deletedModSeq(c, id)) {
                return new Vanished(false, new long[0]);
            }
            return new Vanished(true, VanishedIndex.expungedSince(c, id, modSeq));
        });
    }

    /** The keywords set on any message of the mailbox (for the FLAGS and PERMANENTFLAGS responses). */
    public Set<String> keywordsInUse(String mailbox) {
        return database.withConnection(c -> {
            Set<String> out = new TreeSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT keyword FROM message_keywords WHERE mailbox_id = ?")) {
                s.setLong(1, mailboxId(c, mailbox));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The cached ENVELOPE/BODY/BODYSTRUCTURE, header size and sort fields of one unexpunged message; computed from
     * the file when the index holds none (a value too large for its column).
     */
    public Optional<MessageCache> cache(String mailbox, long uid) {
        MessageCache cached = database.withConnection(c -> MessageIndex.cache(c, mailboxId(c, mailbox), uid));
        if (cached == null) {
            return Optional.empty();
        }
        if (cached.envelope() == null || cached.body() == null || cached.bodyStructure() == null) {
            return Optional.of(MessageAnalyzer.analyze(openMessage(mailbox, uid)));
        }
        return Optional.of(cached);
    }

    /**
     * {@link #cache} for every unexpunged message with {@code firstUid <= uid <= lastUid}, in one read: a FETCH of
     * ENVELOPE or BODYSTRUCTURE over many messages must not cost a query per message.
     */
    public Map<Long, MessageCache> caches(String mailbox, long firstUid, long lastUid) {
        Map<Long, MessageCache> cached = database.withConnection(c -> MessageIndex.caches(c, mailboxId(c, mailbox),
                firstUid, lastUid));
        for (Map.Entry<Long, MessageCache> e : cached.entrySet()) {
            MessageCache m = e.getValue();
            if (m.envelope() == null || m.body() == null || m.bodyStructure() == null) {
                e.setValue(MessageAnalyzer.analyze(openMessage(mailbox, e.getKey())));
            }
        }
        return cached;
    }

    /**
     * What SORT and THREAD need of the messages with the given UIDs (ascending), aligned with them; null for a UID
     * without a record. Records of recently sorted mailboxes are kept in memory, so this reads only what arrived
     * since the last call (one query), never a message file.
     *
     * @throws NoSuchMailboxException if the mailbox does not exist
     */
    public SortRecord[] sortRecords(String mailbox, long[] uids) {
        return database.withConnection(c -> sortRecords.records(c, MailboxRow.find(c, mailbox)
                .orElseThrow(() -> new NoSuchMailboxException(mailbox)), uids));
    }

    /**
     * The message's file, for streaming BODY[] sections.
     *
     * @throws NoSuchMessageException if there is no unexpunged record with that UID or its file is gone
     */
    public Path openMessage(String mailbox, long uid) {
        return database.withConnection(c -> {
            MailboxRow row = MailboxRow.find(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox));
            String state = MessageIndex.fileState(c, row.id(), uid);
            if (state == null) {
                throw new NoSuchMessageException(mailbox, uid, "no such message");
            }
            Path file = MessageFiles.messageFile(files.mailboxDirectory(row.partition(), row.name()), uid);
            if (!MessageIndex.FILE_PRESENT.equals(state) || !Files.isRegularFile(file)) {
                throw new NoSuchMessageException(mailbox, uid, "the message file " + file + " is missing");
            }
            return file;
        });
    }

    /** Counts what a mailbox holds (unexpunged messages), for quota recomputation. */
    public MailboxUsage usage() {
        return (c, mailbox) -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(m.size), 0), COUNT(m.uid) "
                    + "FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id WHERE b.name = ? AND m.expunged = FALSE")) {
                s.setString(1, mailbox);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new MailboxUsage.Usage(r.getLong(1), r.getLong(2));
                }
            }
        };
    }

    /**
     * Crash recovery; {@link org.mailappliance.mailstore.MailStore#open} runs it after migrating, before anything
     * else uses the store.
     */
    public RecoveryReport recover() {
        return new StartupRecovery(database, files, partitions).run();
    }

    private static long mailboxId(java.sql.Connection c, String mailbox) throws java.sql.SQLException {
        return MailboxRow.find(c, mailbox).orElseThrow(() -> new NoSuchMailboxException(mailbox)).id();
    }

    /** Used by tests and tools: the directory holding a mailbox's message files. */
    Path directoryOf(String mailbox) {
        return database.withConnection(c -> {
            MailboxRow row = MailboxRow.find(c, mailbox).orElseThrow(() -> new StoreException("no mailbox " + mailbox));
            return files.mailboxDirectory(row.partition(), row.name());
        });
    }
}
