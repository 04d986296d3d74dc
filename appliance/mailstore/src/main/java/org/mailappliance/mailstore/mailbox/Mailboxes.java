package org.mailappliance.mailstore.mailbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.acl.AccessControlList;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.acl.RightsChange;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.partition.Partitions;
import org.mailappliance.mailstore.quota.QuotaRoot;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * The mailbox list: create (users and folders), look up, list, ACLs; rename and delete are in {@link MailboxMoves}
 * behind the same facade. Every write is one transaction; its change events are published after the commit.
 * Operations taking an {@link Identity} check rights as Cyrus does; {@link Identity#SYSTEM} skips the checks.
 */
public final class Mailboxes {
    private final Database database;
    private final Partitions partitions;
    private final Clock clock;
    private final UidValidities uidValidities;
    private final MailboxSettings settings;
    private final ChangeEvents events;
    private final Quotas quotas;
    private final MailboxMoves moves;

    /** Cyrus's default settings, no sync_log (tools and tests). */
    public Mailboxes(Database database, Partitions partitions) {
        this(database, partitions, Clock.systemUTC());
    }

    public Mailboxes(Database database, Partitions partitions, Clock clock) {
        this(database, partitions, MailboxSettings.defaults(), ChangeEvents.withoutSyncLog(), clock);
    }

    public Mailboxes(Database database, Partitions partitions, MailboxSettings settings, ChangeEvents events,
            Clock clock) {
        this(database, partitions, settings, events, new Quotas(database, events), clock);
    }

    public Mailboxes(Database database, Partitions partitions, MailboxSettings settings, ChangeEvents events,
            Quotas quotas, Clock clock) {
        this.database = database;
        this.partitions = partitions;
        this.clock = clock;
        this.uidValidities = new UidValidities(clock);
        this.settings = settings;
        this.events = events;
        this.quotas = quotas;
        this.moves = new MailboxMoves(database, this, settings, events, quotas, clock);
    }

    public MailboxSettings settings() {
        return settings;
    }

    public AclPolicy aclPolicy() {
        return settings.acl();
    }

    /** Creates {@code user.<user>} on the default partition; see {@link #createUser(String, String)}. */
    public Mailbox createUser(String user) {
        return createUser(user, partitions.defaultPartition());
    }

    /**
     * Creates a user as Cyrus's autocreate does: the INBOX {@code user.<user>} (owner holds every right, UIDNEXT 1,
     * a fresh UIDVALIDITY, subscribed), the {@code autocreate_inbox_folders} below it (special-use from the
     * {@code xlist-*} options, subscribed if in {@code autocreate_subscribe_folders}) and the
     * {@code autocreate_quota} limits, all in one transaction with the directories. Publishes MailboxCreated for
     * every mailbox (sync_log: one MAILBOX line each, as Cyrus logs a user's creation), SubscriptionChanged and
     * QuotaChanged as applicable.
     *
     * @throws org.mailappliance.mailstore.accounts.InvalidUserNameException if the user name is not acceptable
     * @throws MailboxExistsException if the INBOX exists (in any state)
     * @throws IllegalArgumentException if the partition is not configured
     */
    public Mailbox createUser(String user, String partition) {
        String inbox = MailboxNames.userInbox(user);
        requirePartition(partition);
        List<ChangeEvent> changes = new ArrayList<>();
        Mailbox created = database.inTransaction(c -> {
            Mailbox row = insert(c, inbox, partition, null, AccessControlList.EMPTY.with(user, Rights.ALL), changes);
            subscribe(c, user, inbox, changes);
            for (String folder : settings.inboxFolders()) {
                String name = inbox + MailboxNames.SEPARATOR + folder;
                MailboxNames.requireValid(name);
                Optional<Mailbox> ancestor = MailboxRows.nearestAncestor(c, name);
                AccessControlList acl = settings.acl().initialAcl(name, ancestor.map(Mailboxes::aclOf));
                insert(c, name, partition, settings.specialUse().get(folder), acl, changes);
                if (settings.subscribeFolders().contains(folder)) {
                    subscribe(c, user, name, changes);
                }
            }
            if (settings.autocreatesQuota()) {
                quotas.setLimits(c, inbox, settings.autocreateStorageLimit(),
                        settings.autocreateMessages() < 0 ? QuotaRoot.UNLIMITED : settings.autocreateMessages());
                changes.add(new ChangeEvent.QuotaChanged(inbox));
            }
            return MailboxRows.find(c, inbox).orElse(row);
        });
        events.publishAll(changes);
        return created;
    }

    /**
     * Creates a mailbox as Cyrus's mboxlist_createmailbox does. It starts with a copy of its nearest existing
     * ancestor's ACL and partition; without an ancestor a personal mailbox gives its owner every right and any
     * other gets {@code defaultacl}. Rights: {@code k} on the nearest ancestor, or admin; only admins create
     * without an ancestor or choose a partition.
     *
     * @param partition  null for the ancestor's (or the default) partition
     * @param specialUse RFC 6154 attributes such as {@code \Sent}, space-separated, or null
     * @throws MailboxExistsException      if the name is taken (in any state)
     * @throws MailboxPermissionException  if {@code creator} may not create it
     * @throws BadMailboxNameException     for an invalid or reserved name
     */
    public Mailbox create(String name, String partition, String specialUse, Identity creator) {
        MailboxNames.requireValid(name);
        MailboxNames.relativeDirectory(name);
        if (!creator.system()) {
            if (MailboxNames.withinDomain(name).equals("user") || moves.inDeletedHierarchy(name)) {
                throw new BadMailboxNameException("mailbox name " + name + " is reserved");
            }
            if (partition != null && !AclPolicy.adminOver(creator, name)) {
                throw new MailboxPermissionException("only administrators may choose a partition");
            }
        }
        if (partition != null) {
            requirePartition(partition);
        }
        List<ChangeEvent> changes = new ArrayList<>();
        Mailbox created = database.inTransaction(c -> {
            if (MailboxRows.find(c, name).isPresent()) {
                throw new MailboxExistsException(name);
            }
            Optional<Mailbox> ancestor = MailboxRows.nearestAncestor(c, name);
            if (!AclPolicy.adminOver(creator, name)) {
                if (ancestor.isEmpty()) {
                    throw new MailboxPermissionException("only administrators may create " + name
                            + ": it has no parent mailbox");
                }
                Rights rights = rightsOf(creator, ancestor.get());
                if (!rights.has('k')) {
                    throw new MailboxPermissionException("no right to create mailboxes under " + ancestor.get().name()
                            + " (needs k)");
                }
            }
            String target = partition != null ? partition
                    : ancestor.map(Mailbox::partition).orElse(partitions.defaultPartition());
            AccessControlList acl = settings.acl().initialAcl(name, ancestor.map(Mailboxes::aclOf));
            return insert(c, name, target, specialUse, acl, changes);
        });
        events.publishAll(changes);
        return created;
    }

    /**
     * Renames a mailbox and everything below it, atomically: names, quota roots set inside the subtree,
     * annotations and message files move together; uniqueid, UIDVALIDITY, UIDs, messages and ACLs are kept.
     * Rights: {@code x} on the source (or admin) and {@code k} on the destination's nearest ancestor (or admin).
     * Only administrators rename a user's INBOX (IMAP's {@code RENAME INBOX} is the protocol layer's business).
     * Moving messages under another quota root that they would take over its limit is refused
     * ({@link org.mailappliance.mailstore.quota.QuotaExceededException}), except for {@link Identity#SYSTEM}.
     *
     * @return every mailbox moved, top first
     */
    public List<RenamedMailbox> rename(String from, String to, Identity who) {
        return moves.rename(from, to, who);
    }

    /**
     * DELETE of one mailbox honouring {@code delete_mode}; its children stay. Deleting a user's INBOX deletes the
     * whole user (every mailbox below, subscriptions, private annotations), as Cyrus does. Needs {@code x}
     * (admins too, as in Cyrus: an admin grants itself x first); only admins delete users.
     *
     * @return the names deleted (before any delayed-delete rename), top first
     */
    public List<String> delete(String name, Identity who) {
        return moves.delete(name, who, MailboxNames.isUserInbox(name));
    }

    /** Deletes a mailbox and every mailbox below it; otherwise as {@link #delete}. */
    public List<String> deleteTree(String name, Identity who) {
        return moves.delete(name, who, true);
    }

    public boolean exists(String name) {
        return find(name).isPresent();
    }

    /** The mailbox with this internal name, in whatever state. */
    public Optional<Mailbox> find(String name) {
        return database.withConnection(c -> MailboxRows.find(c, name));
    }

    /**
     * The active mailbox with this name.
     *
     * @throws NoSuchMailboxException if there is none
     */
    public Mailbox require(String name) {
        return find(name).filter(m -> m.state() == MailboxState.ACTIVE)
                .orElseThrow(() -> new NoSuchMailboxException(name));
    }

    /** Active mailboxes whose internal name starts with {@code prefix} ({@code ""}: all), in name order. */
    public List<Mailbox> list(String prefix) {
        return database.withConnection(c -> MailboxRows.list(c, prefix, MailboxState.ACTIVE));
    }

    /** {@link #list(String)} restricted to what {@code who} may see (the {@code l} right), for LIST. */
    public List<Mailbox> list(String prefix, Identity who) {
        return list(prefix).stream().filter(m -> rightsOf(who, m).has('l')).toList();
    }

    /** Mailboxes renamed away by delayed delete, whose name starts with {@code prefix}, for cyr_expire/undelete. */
    public List<Mailbox> listDeleted(String prefix) {
        return database.withConnection(c -> MailboxRows.list(c, prefix, MailboxState.DELETED));
    }

    /** The directory holding the mailbox's message files. */
    public Path directory(Mailbox mailbox) {
        return directory(mailbox.partition(), mailbox.name());
    }

    Path directory(String partition, String name) {
        Path partitionPath = partitions.path(partition).orElseThrow(() -> new StoreException(
                "mailbox " + name + " is on partition " + partition + ", which is not configured"));
        return partitionPath.resolve(MailboxNames.relativeDirectory(name));
    }

    /** What {@code who} may do on the mailbox: its ACL plus Cyrus's admin and owner rules. */
    public Rights rightsOf(Identity who, Mailbox mailbox) {
        return settings.acl().rightsOf(who, mailbox.name(), aclOf(mailbox));
    }

    /**
     * MYRIGHTS.
     *
     * @throws NoSuchMailboxException if there is no such mailbox or {@code who} has no right at all on it
     */
    public Rights myRights(String name, Identity who) {
        Rights rights = rightsOf(who, require(name));
        if (rights.isEmpty()) {
            throw new NoSuchMailboxException(name);
        }
        return rights;
    }

    /**
     * GETACL: needs {@code a}.
     *
     * @throws NoSuchMailboxException     if it does not exist or {@code who} may not even see it
     * @throws MailboxPermissionException if {@code who} sees it but lacks {@code a}
     */
    public AccessControlList getAcl(String name, Identity who) {
        Mailbox mailbox = require(name);
        requireRight(who, mailbox, 'a', "read the ACL of");
        return aclOf(mailbox);
    }

    /**
     * SETACL with {@code rights} as sent ({@code +r}, {@code -w}, {@code lrs}); needs {@code a}. On a personal
     * mailbox the owner keeps {@code implicit_owner_rights}.
     *
     * @throws org.mailappliance.mailstore.acl.InvalidRightsException for an unknown right or a bad identifier
     * @return the ACL after the change
     */
    public AccessControlList setAcl(String name, String identifier, String rights, Identity who) {
        return changeAcl(name, identifier, RightsChange.parse(rights), who);
    }

    /** DELETEACL: removes the identifier's entry (negative entries are named {@code -id}); needs {@code a}. */
    public AccessControlList deleteAcl(String name, String identifier, Identity who) {
        return changeAcl(name, identifier, new RightsChange(RightsChange.Mode.REPLACE, Rights.NONE), who);
    }

    private AccessControlList changeAcl(String name, String identifier, RightsChange change, Identity who) {
        AccessControlList result = database.inTransaction(c -> {
            List<MailboxRows.Locked> rows = MailboxRows.lock(c, name, false);
            Mailbox mailbox = rows.stream().map(MailboxRows.Locked::mailbox)
                    .filter(m -> m.state() == MailboxState.ACTIVE).findFirst()
                    .orElseThrow(() -> new NoSuchMailboxException(name));
            requireRight(who, mailbox, 'a', "change the ACL of");
            AccessControlList changed = settings.acl().change(name, aclOf(mailbox), identifier, change);
            MailboxRows.setAcl(c, mailbox.id(), changed.format());
            return changed;
        });
        events.publish(new ChangeEvent.AclChanged(name));
        return result;
    }

    /** Throws NoSuchMailbox when {@code who} may not see the mailbox, permission denied when it lacks the right. */
    void requireRight(Identity who, Mailbox mailbox, char right, String what) {
        Rights rights = rightsOf(who, mailbox);
        if (rights.has(right)) {
            return;
        }
        if (!rights.has('l')) {
            throw new NoSuchMailboxException(mailbox.name());
        }
        throw new MailboxPermissionException("no right to " + what + " " + mailbox.name() + " (needs " + right + ")");
    }

    static AccessControlList aclOf(Mailbox mailbox) {
        return AccessControlList.parse(mailbox.acl());
    }

    private Mailbox insert(Connection c, String name, String partition, String specialUse, AccessControlList acl,
            List<ChangeEvent> changes) throws SQLException {
        String quotaRoot = quotas.rootOf(c, name).map(QuotaRoot::name).orElse(null);
        Mailbox mailbox = new Mailbox(0, name, UUID.randomUUID().toString(), Mailbox.TYPE_EMAIL, partition, null,
                acl.format(), uidValidities.next(c), 1, 1, specialUse, quotaRoot, MailboxState.ACTIVE,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        long id = MailboxRows.insert(c, mailbox);
        makeDirectory(name, directory(partition, name));
        changes.add(new ChangeEvent.MailboxCreated(name));
        return MailboxRows.withId(mailbox, id);
    }

    private static void subscribe(Connection c, String user, String mailbox, List<ChangeEvent> changes)
            throws SQLException {
        if (Subscriptions.add(c, user, mailbox)) {
            changes.add(new ChangeEvent.SubscriptionChanged(user, mailbox));
        }
    }

    private void requirePartition(String partition) {
        if (partitions.path(partition).isEmpty()) {
            throw new IllegalArgumentException("no such partition: " + partition);
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
                    if (entries.anyMatch(Files::isRegularFile)) {
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
}
