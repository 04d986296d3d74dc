package org.mailappliance.mailstore.mailbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.quota.QuotaExceededException;
import org.mailappliance.mailstore.quota.QuotaRoot;
import org.mailappliance.mailstore.quota.Quotas;

/**
 * Rename and delete: the operations that move or remove whole subtrees. Each runs in one transaction holding the
 * affected mailbox rows locked (so deliveries into them wait), links message files into their new directories
 * before the commit and removes the old links after it (see {@link MailboxFiles}), and publishes its events only
 * after the commit.
 */
final class MailboxMoves {
    private final Database database;
    private final Mailboxes mailboxes;
    private final MailboxSettings settings;
    private final ChangeEvents events;
    private final Quotas quotas;
    private final Clock clock;

    MailboxMoves(Database database, Mailboxes mailboxes, MailboxSettings settings, ChangeEvents events, Quotas quotas,
            Clock clock) {
        this.database = database;
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.events = events;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** Whether the name lies in the delayed-delete hierarchy ({@code DELETED.*}, {@code domain!DELETED.*}). */
    boolean inDeletedHierarchy(String name) {
        String local = name.substring(name.indexOf('!') + 1);
        return MailboxTree.inSubtree(local, settings.deletedPrefix());
    }

    List<RenamedMailbox> rename(String from, String to, Identity who) {
        MailboxNames.requireValid(from);
        MailboxNames.requireValid(to);
        MailboxNames.relativeDirectory(to);
        if (from.equals(to)) {
            throw new BadMailboxNameException("cannot rename " + from + " to itself");
        }
        if (MailboxTree.inSubtree(to, from)) {
            throw new BadMailboxNameException("cannot rename " + from + " into its own subtree (" + to + ")");
        }
        if (!who.system()) {
            if (MailboxNames.withinDomain(to).equals("user") || inDeletedHierarchy(to) || inDeletedHierarchy(from)) {
                throw new BadMailboxNameException("cannot rename " + from + " to " + to + ": reserved name");
            }
            if (!(AclPolicy.adminOver(who, from) && AclPolicy.adminOver(who, to))
                    && (MailboxNames.isUserInbox(from) || MailboxNames.isUserInbox(to))) {
                throw new MailboxPermissionException("only administrators rename user INBOXes");
            }
        }
        List<ChangeEvent> changes = new ArrayList<>();
        List<MailboxFiles.Move> moved = new ArrayList<>();
        List<RenamedMailbox> result;
        try {
            result = database.inTransaction(c -> {
                List<MailboxRows.Locked> rows = MailboxRows.lock(c, from, true);
                Mailbox top = active(rows, from);
                if (!who.system()) {
                    checkRenameRights(c, who, top, to);
                }
                return moveSubtree(c, rows, from, to, null, !who.system(), changes, moved);
            });
        } catch (RuntimeException e) {
            MailboxFiles.undoAll(moved);
            throw e;
        }
        MailboxFiles.deepestFirst(moved).forEach(MailboxFiles::finishMove);
        events.publishAll(changes);
        return result;
    }

    List<String> delete(String name, Identity who, boolean tree) {
        List<ChangeEvent> changes = new ArrayList<>();
        List<MailboxFiles.Move> moved = new ArrayList<>();
        List<Path> removedDirectories = new ArrayList<>();
        List<String> deleted;
        try {
            deleted = database.inTransaction(c -> {
                List<MailboxRows.Locked> rows = MailboxRows.lock(c, name, tree);
                Mailbox top = rows.stream().map(MailboxRows.Locked::mailbox).filter(m -> m.name().equals(name))
                        .findFirst().orElseThrow(() -> new NoSuchMailboxException(name));
                boolean purge = top.state() == MailboxState.DELETED;
                if (!who.system()) {
                    checkDeleteRights(who, top, purge);
                }
                List<MailboxRows.Locked> targets = rows.stream()
                        .filter(r -> r.mailbox().state() == (purge ? MailboxState.DELETED : MailboxState.ACTIVE))
                        .toList();
                for (MailboxRows.Locked row : targets) {
                    if (quotas.remove(c, row.mailbox().name())) {
                        changes.add(new ChangeEvent.QuotaChanged(row.mailbox().name()));
                    }
                }
                if (settings.deleteMode() == DeleteMode.DELAYED && !purge) {
                    hideAsDeleted(c, targets, changes, moved);
                } else {
                    removeRows(c, targets, changes, removedDirectories);
                }
                if (tree && MailboxNames.isUserInbox(name) && !purge) {
                    String user = AclPolicy.ownerOf(name).orElseThrow();
                    Subscriptions.removeUser(c, user);
                    Annotations.removeUser(c, user);
                    changes.add(new ChangeEvent.UserDeleted(user));
                }
                return targets.stream().map(r -> r.mailbox().name()).toList();
            });
        } catch (RuntimeException e) {
            MailboxFiles.undoAll(moved);
            throw e;
        }
        MailboxFiles.deepestFirst(moved).forEach(MailboxFiles::finishMove);
        removedDirectories.stream().sorted((a, b) -> b.getNameCount() - a.getNameCount())
                .forEach(MailboxFiles::removeFiles);
        events.publishAll(changes);
        return deleted;
    }

    /** delete_mode: delayed: each mailbox becomes {@code DELETED.<name>.<hex seconds>} in state deleted. */
    private void hideAsDeleted(Connection c, List<MailboxRows.Locked> targets, List<ChangeEvent> changes,
            List<MailboxFiles.Move> moved) throws SQLException {
        long now = clock.instant().getEpochSecond();
        for (MailboxRows.Locked row : targets) {
            String old = row.mailbox().name();
            String hidden = deletedName(c, old, now);
            moveOne(c, row, hidden, MailboxState.DELETED, changes, moved);
            changes.add(new ChangeEvent.MailboxDeleted(old));
        }
    }

    private void removeRows(Connection c, List<MailboxRows.Locked> targets, List<ChangeEvent> changes,
            List<Path> removedDirectories) throws SQLException {
        for (MailboxRows.Locked row : targets) {
            Mailbox m = row.mailbox();
            Optional<QuotaRoot> root = quotas.rootOf(c, m.name());
            if (root.isPresent()) {
                Quotas.addUsage(c, root.get().name(), -row.usedBytes(), -row.usedMessages());
            }
            Annotations.removeMailbox(c, m.name());
            MailboxRows.delete(c, m.id());
            removedDirectories.add(mailboxes.directory(m));
            changes.add(new ChangeEvent.MailboxDeleted(m.name()));
        }
    }

    /**
     * Renames every locked row of the subtree {@code from} to its place under {@code to}: quota roots first (so
     * each mailbox finds its new root), then per mailbox the usage, row, annotations and files.
     */
    private List<RenamedMailbox> moveSubtree(Connection c, List<MailboxRows.Locked> rows, String from, String to,
            MailboxState state, boolean enforceQuota, List<ChangeEvent> changes, List<MailboxFiles.Move> moved)
            throws SQLException {
        List<MailboxRows.Locked> active = rows.stream()
                .filter(r -> r.mailbox().state() == MailboxState.ACTIVE).toList();
        for (MailboxRows.Locked row : active) {
            String target = MailboxTree.rebase(row.mailbox().name(), from, to);
            if (MailboxRows.find(c, target).isPresent()) {
                throw new MailboxExistsException(target);
            }
        }
        Map<String, String> oldRoots = new HashMap<>();
        for (MailboxRows.Locked row : active) {
            Optional<QuotaRoot> root = quotas.rootOf(c, row.mailbox().name());
            root.ifPresent(r -> oldRoots.put(row.mailbox().name(), MailboxTree.inSubtree(r.name(), from)
                    ? MailboxTree.rebase(r.name(), from, to) : r.name()));
            releaseUsage(c, row);
        }
        for (String root : quotas.renameRoots(c, from, to)) {
            changes.add(new ChangeEvent.QuotaChanged(root));
            changes.add(new ChangeEvent.QuotaChanged(MailboxTree.rebase(root, from, to)));
        }
        List<RenamedMailbox> result = new ArrayList<>();
        Set<String> receivingRoots = new HashSet<>();
        for (MailboxRows.Locked row : active) {
            String target = MailboxTree.rebase(row.mailbox().name(), from, to);
            RenamedMailbox renamed = place(c, row, target, state == null ? row.mailbox().state() : state, changes,
                    moved);
            String newRoot = renamed.mailbox().quotaRoot();
            if (newRoot != null && !newRoot.equals(oldRoots.get(row.mailbox().name()))
                    && (row.usedBytes() > 0 || row.usedMessages() > 0)) {
                receivingRoots.add(newRoot);
            }
            result.add(renamed);
        }
        if (enforceQuota) {
            requireWithinLimits(c, receivingRoots);
        }
        return result;
    }

    /** Cyrus refuses a rename that brings messages under a root whose limit they would exceed. */
    private void requireWithinLimits(Connection c, Set<String> roots) throws SQLException {
        for (String name : roots) {
            QuotaRoot root = quotas.rootOf(c, name).orElseThrow();
            if (root.storageLimited() && root.usedBytes() > root.storageLimitKiB() * 1024) {
                throw new QuotaExceededException(name, "STORAGE " + root.usedKiB() + " KiB > " + root.storageLimitKiB());
            }
            if (root.messagesLimited() && root.usedMessages() > root.messageLimit()) {
                throw new QuotaExceededException(name, "MESSAGE " + root.usedMessages() + " > " + root.messageLimit());
            }
        }
    }

    /** One mailbox to a new name (delayed delete), with its quota usage. */
    private void moveOne(Connection c, MailboxRows.Locked row, String target, MailboxState state,
            List<ChangeEvent> changes, List<MailboxFiles.Move> moved) throws SQLException {
        releaseUsage(c, row);
        place(c, row, target, state, changes, moved);
    }

    private void releaseUsage(Connection c, MailboxRows.Locked row) throws SQLException {
        Optional<QuotaRoot> root = quotas.rootOf(c, row.mailbox().name());
        if (root.isPresent()) {
            Quotas.addUsage(c, root.get().name(), -row.usedBytes(), -row.usedMessages());
        }
    }

    private RenamedMailbox place(Connection c, MailboxRows.Locked row, String target, MailboxState state,
            List<ChangeEvent> changes, List<MailboxFiles.Move> moved) throws SQLException {
        Mailbox m = row.mailbox();
        Optional<QuotaRoot> newRoot = quotas.rootOf(c, target);
        if (newRoot.isPresent()) {
            Quotas.addUsage(c, newRoot.get().name(), row.usedBytes(), row.usedMessages());
        }
        MailboxRows.rename(c, m.id(), target, newRoot.map(QuotaRoot::name).orElse(null), state);
        Annotations.rename(c, m.name(), target);
        moved.add(MailboxFiles.linkAll(mailboxes.directory(m), mailboxes.directory(m.partition(), target)));
        changes.add(new ChangeEvent.MailboxRenamed(m.name(), target));
        Mailbox renamed = MailboxRows.find(c, target).orElseThrow();
        return new RenamedMailbox(m.name(), renamed);
    }

    /** Cyrus's mboxname_todeleted ({@link DeletedNames}), unique among the mailboxes. */
    private String deletedName(Connection c, String name, long epochSecond) throws SQLException {
        // two deletes of one name within a second would collide; the next second keeps the names apart
        for (long t = epochSecond;; t++) {
            String candidate = DeletedNames.format(name, settings.deletedPrefix(), t);
            if (MailboxRows.find(c, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private void checkRenameRights(Connection c, Identity who, Mailbox top, String to) throws SQLException {
        if (!(AclPolicy.adminOver(who, top.name()) && AclPolicy.adminOver(who, to))) {
            mailboxes.requireRight(who, top, 'x', "rename");
            Optional<Mailbox> ancestor = MailboxRows.nearestAncestor(c, to);
            if (ancestor.isEmpty()) {
                throw new MailboxPermissionException("only administrators may create " + to
                        + ": it has no parent mailbox");
            }
            if (!mailboxes.rightsOf(who, ancestor.get()).has('k')) {
                throw new MailboxPermissionException("no right to create mailboxes under " + ancestor.get().name()
                        + " (needs k)");
            }
        }
    }

    private void checkDeleteRights(Identity who, Mailbox top, boolean purge) {
        if (purge || MailboxNames.isUserInbox(top.name())) {
            if (!AclPolicy.adminOver(who, top.name())) {
                if (purge) {
                    throw new NoSuchMailboxException(top.name());
                }
                throw new MailboxPermissionException("only administrators delete users (" + top.name() + ")");
            }
        }
        if (!purge) {
            mailboxes.requireRight(who, top, 'x', "delete");
        }
    }

    private static Mailbox active(List<MailboxRows.Locked> rows, String name) {
        return rows.stream().map(MailboxRows.Locked::mailbox)
                .filter(m -> m.name().equals(name) && m.state() == MailboxState.ACTIVE).findFirst()
                .orElseThrow(() -> new NoSuchMailboxException(name));
    }
}
