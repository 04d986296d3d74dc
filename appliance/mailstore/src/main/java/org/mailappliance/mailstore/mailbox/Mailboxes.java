package org.mailappliance.mailstore.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.db.SqlStates;
import org.mailappliance.mailstore.partition.Partitions;

/** The mailbox list: creating user INBOXes and looking mailboxes up by internal name. */
public final class Mailboxes {
    private static final String COLUMNS = "id, name, uniqueid, mbtype, partition_name, server, acl, uidvalidity, uidnext, "
            + "highestmodseq, special_use, quota_root, state, created";

    private final Database database;
    private final Partitions partitions;
    private final Clock clock;
    private final UidValidities uidValidities;

    public Mailboxes(Database database, Partitions partitions) {
        this(database, partitions, Clock.systemUTC());
    }

    public Mailboxes(Database database, Partitions partitions, Clock clock) {
        this.database = database;
        this.partitions = partitions;
        this.clock = clock;
        this.uidValidities = new UidValidities(clock);
    }

    /** Creates {@code user.<user>} on the default partition; see {@link #createUser(String, String)}. */
    public Mailbox createUser(String user) {
        return createUser(user, partitions.defaultPartition());
    }

    /**
     * Creates a user's INBOX: the row (owner holds all rights, UIDNEXT 1, a fresh UIDVALIDITY) and its directory
     * on the partition, in one step: if the directory cannot be made the row is not kept.
     *
     * @throws org.mailappliance.mailstore.accounts.InvalidUserNameException if the user name is not acceptable
     * @throws MailboxExistsException if the mailbox exists (in any state)
     * @throws IllegalArgumentException if the partition is not configured
     */
    public Mailbox createUser(String user, String partition) {
        String name = MailboxNames.userInbox(user);
        Path partitionPath = partitions.path(partition)
                .orElseThrow(() -> new IllegalArgumentException("no such partition: " + partition));
        Path directory = partitionPath.resolve(MailboxNames.relativeDirectory(name));
        return database.inTransaction(c -> {
            Mailbox mailbox = new Mailbox(0, name, UUID.randomUUID().toString(), Mailbox.TYPE_EMAIL, partition, null,
                    Acl.ownerAll(user), uidValidities.next(c), 1, 1, null, null, MailboxState.ACTIVE,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            long id = insert(c, mailbox);
            makeDirectory(name, directory);
            return withId(mailbox, id);
        });
    }

    public boolean exists(String name) {
        return find(name).isPresent();
    }

    /** The mailbox with this internal name, in whatever state. */
    public Optional<Mailbox> find(String name) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM mailboxes WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<Mailbox>empty();
                }
            }
        });
    }

    /** The directory holding the mailbox's message files. */
    public Path directory(Mailbox mailbox) {
        Path partitionPath = partitions.path(mailbox.partition()).orElseThrow(() -> new StoreException(
                "mailbox " + mailbox.name() + " is on partition " + mailbox.partition() + ", which is not configured"));
        return partitionPath.resolve(MailboxNames.relativeDirectory(mailbox.name()));
    }

    private static long insert(Connection c, Mailbox m) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO mailboxes (name, uniqueid, mbtype, partition_name, "
                + "server, acl, uidvalidity, uidnext, highestmodseq, special_use, quota_root, state, created) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, m.name());
            s.setString(2, m.uniqueId());
            s.setString(3, m.type());
            s.setString(4, m.partition());
            s.setString(5, m.server());
            s.setString(6, m.acl());
            s.setLong(7, m.uidValidity());
            s.setLong(8, m.uidNext());
            s.setLong(9, m.highestModSeq());
            s.setString(10, m.specialUse());
            s.setString(11, m.quotaRoot());
            s.setString(12, m.state().dbValue());
            s.setObject(13, m.created().atOffset(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for mailbox " + m.name());
                }
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new MailboxExistsException(m.name());
            }
            throw e;
        }
    }

    /**
     * An empty directory left by a create whose commit failed is reused; one holding files belongs to a mailbox
     * the database no longer knows, and mixing its messages into a new mailbox would be wrong.
     */
    private static void makeDirectory(String name, Path directory) {
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw new StoreException("cannot create mailbox " + name + ": its directory " + directory
                                + " already holds files of an unknown mailbox; move them away or reconstruct");
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of mailbox " + name + " (" + directory + "): " + e, e);
        }
    }

    private static Mailbox read(ResultSet r) throws SQLException {
        return new Mailbox(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getString(11), r.getString(12),
                MailboxState.fromDb(r.getString(13)), r.getObject(14, OffsetDateTime.class).toInstant());
    }

    private static Mailbox withId(Mailbox m, long id) {
        return new Mailbox(id, m.name(), m.uniqueId(), m.type(), m.partition(), m.server(), m.acl(), m.uidValidity(),
                m.uidNext(), m.highestModSeq(), m.specialUse(), m.quotaRoot(), m.state(), m.created());
    }
}
