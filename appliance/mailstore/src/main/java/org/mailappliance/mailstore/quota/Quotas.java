package org.mailappliance.mailstore.quota;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.mailbox.MailboxTree;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;

/**
 * Quota roots, limits and usage. The root of a mailbox is its nearest ancestor-or-self that has a root. Usage is
 * kept per mailbox and per root in the same transactions that add or remove messages ({@link #charge}), so it is
 * exact after any crash; {@link #recompute} rebuilds it from the messages for {@code quota -f}.
 *
 * <p>Lock order, to stay deadlock-free with deliveries: mailbox rows first, then quota root rows.
 */
public final class Quotas {
    private static final String ROOT_COLUMNS = "root, storage_limit_kib, message_limit, used_bytes, used_messages";

    private final Database database;
    private final ChangeEvents events;

    public Quotas(Database database, ChangeEvents events) {
        this.database = database;
        this.events = events;
    }

    /** The root with this name. */
    public Optional<QuotaRoot> get(String root) {
        return database.withConnection(c -> find(c, root, false));
    }

    /** Every root whose name starts with {@code prefix} ({@code ""}: all), in name order. */
    public List<QuotaRoot> list(String prefix) {
        return database.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ROOT_COLUMNS
                    + " FROM quota_roots WHERE root LIKE ? ESCAPE '!' ORDER BY root")) {
                s.setString(1, MailboxTree.prefixLike(prefix));
                try (ResultSet r = s.executeQuery()) {
                    List<QuotaRoot> roots = new ArrayList<>();
                    while (r.next()) {
                        roots.add(read(r));
                    }
                    return roots;
                }
            }
        });
    }

    public Optional<QuotaRoot> rootOf(String mailbox) {
        return database.withConnection(c -> rootOf(c, mailbox));
    }

    /** The nearest ancestor-or-self root of a mailbox name (which need not exist). */
    public Optional<QuotaRoot> rootOf(Connection tx, String mailbox) throws SQLException {
        List<String> candidates = MailboxTree.selfAndAncestors(mailbox);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement s = tx.prepareStatement("SELECT " + ROOT_COLUMNS + " FROM quota_roots WHERE root IN ("
                + in + ")")) {
            for (int i = 0; i < candidates.size(); i++) {
                s.setString(i + 1, candidates.get(i));
            }
            QuotaRoot nearest = null;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    QuotaRoot root = read(r);
                    if (nearest == null || root.name().length() > nearest.name().length()) {
                        nearest = root;
                    }
                }
            }
            return Optional.ofNullable(nearest);
        }
    }

    public QuotaCheck check(String mailbox, long addBytes, long addMessages) {
        return database.withConnection(c -> check(c, mailbox, addBytes, addMessages));
    }

    /** The quota situation for adding to {@code mailbox}; see {@link QuotaCheck} for the two LMTP modes. */
    public QuotaCheck check(Connection tx, String mailbox, long addBytes, long addMessages) throws SQLException {
        return new QuotaCheck(rootOf(tx, mailbox), addBytes, addMessages);
    }

    /**
     * Records messages added (positive deltas) or removed (negative) in the mailbox and its root, inside the
     * caller's transaction. Usage never goes below zero (Cyrus: "quota underflow", fixed by {@code quota -f}).
     * Locks the mailbox row (a writer appending to it holds that lock already), then the root's row.
     * The root's row stays locked until the caller commits, which serialises writers under one root.
     *
     * @throws NoSuchMailboxException if no mailbox has this name
     */
    public void charge(Connection tx, String mailbox, long deltaBytes, long deltaMessages) throws SQLException {
        if (deltaBytes == 0 && deltaMessages == 0) {
            return;
        }
        long usedBytes;
        long usedMessages;
        try (PreparedStatement s = tx.prepareStatement("SELECT quota_used_bytes, quota_used_messages FROM mailboxes "
                + "WHERE name = ? FOR UPDATE")) {
            s.setString(1, mailbox);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new NoSuchMailboxException(mailbox);
                }
                usedBytes = r.getLong(1);
                usedMessages = r.getLong(2);
            }
        }
        // a removal never takes more than the mailbox contributed, so mailbox and root stay in step
        long bytes = Math.max(deltaBytes, -usedBytes);
        long messages = Math.max(deltaMessages, -usedMessages);
        try (PreparedStatement s = tx.prepareStatement(
                "UPDATE mailboxes SET quota_used_bytes = ?, quota_used_messages = ? WHERE name = ?")) {
            s.setLong(1, usedBytes + bytes);
            s.setLong(2, usedMessages + messages);
            s.setString(3, mailbox);
            s.executeUpdate();
        }
        Optional<QuotaRoot> root = rootOf(tx, mailbox);
        if (root.isPresent()) {
            addUsage(tx, root.get().name(), bytes, messages);
        }
    }

    /**
     * Sets the limits of a root, creating it if needed ({@link QuotaRoot#UNLIMITED} for no limit). A new root
     * takes over the usage of the mailboxes below it from the root that covered them before.
     *
     * @throws NoSuchMailboxException if no mailbox {@code root} exists (Cyrus sets quotas on existing mailboxes)
     * @throws IllegalArgumentException for a limit below {@link QuotaRoot#UNLIMITED}
     */
    public QuotaRoot setLimits(String root, long storageLimitKiB, long messageLimit) {
        QuotaRoot result = database.inTransaction(c -> setLimits(c, root, storageLimitKiB, messageLimit));
        events.publish(new ChangeEvent.QuotaChanged(root));
        return result;
    }

    /** {@link #setLimits(String, long, long)} inside the caller's transaction; the caller publishes QuotaChanged. */
    public QuotaRoot setLimits(Connection c, String root, long storageLimitKiB, long messageLimit) throws SQLException {
        requireLimit("STORAGE", storageLimitKiB);
        requireLimit("MESSAGE", messageLimit);
        List<SubtreeMailbox> subtree = lockSubtree(c, root);
        if (subtree.stream().noneMatch(m -> m.name.equals(root))) {
            throw new NoSuchMailboxException(root);
        }
        Optional<QuotaRoot> existing = find(c, root, true);
        if (existing.isPresent()) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE quota_roots SET storage_limit_kib = ?, message_limit = ? WHERE root = ?")) {
                setLimit(s, 1, storageLimitKiB);
                setLimit(s, 2, messageLimit);
                s.setString(3, root);
                s.executeUpdate();
            }
        } else {
            createRoot(c, root, subtree, storageLimitKiB, messageLimit);
        }
        return find(c, root, false).orElseThrow();
    }

    /**
     * Removes a root; its mailboxes and their usage go to the nearest root above it, if any.
     *
     * @return false if there was no such root
     */
    public boolean remove(String root) {
        boolean removed = database.inTransaction(c -> remove(c, root));
        if (removed) {
            events.publish(new ChangeEvent.QuotaChanged(root));
        }
        return removed;
    }

    /**
     * {@link #remove(String)} inside the caller's transaction (mailbox deletion removes the root set on the deleted
     * mailbox, as Cyrus does); the caller publishes {@link ChangeEvent.QuotaChanged} after its commit.
     */
    public boolean remove(Connection c, String root) throws SQLException {
        List<SubtreeMailbox> subtree = lockSubtree(c, root);
        Optional<QuotaRoot> existing = find(c, root, true);
        if (existing.isEmpty()) {
            return false;
        }
        String parent = MailboxTree.parent(root);
        Optional<QuotaRoot> above = parent == null ? Optional.empty() : rootOf(c, parent);
        long bytes = 0;
        long messages = 0;
        List<String> moved = new ArrayList<>();
        for (SubtreeMailbox m : subtree) {
            if (root.equals(m.quotaRoot)) {
                bytes += m.usedBytes;
                messages += m.usedMessages;
                moved.add(m.name);
            }
        }
        setQuotaRootColumn(c, moved, above.map(QuotaRoot::name).orElse(null));
        try (PreparedStatement s = c.prepareStatement("DELETE FROM quota_roots WHERE root = ?")) {
            s.setString(1, root);
            s.executeUpdate();
        }
        if (above.isPresent()) {
            addUsage(c, above.get().name(), bytes, messages);
        }
        return true;
    }

    /**
     * Renames the roots set on {@code from} and mailboxes below it along with a subtree rename, inside the caller's
     * transaction; returns the old names of the roots renamed, in order (the caller publishes QuotaChanged).
     */
    public List<String> renameRoots(Connection c, String from, String to) throws SQLException {
        List<String> renamed = new ArrayList<>();
        for (QuotaRoot r : listIn(c, from)) {
            try (PreparedStatement s = c.prepareStatement("UPDATE quota_roots SET root = ? WHERE root = ?")) {
                s.setString(1, MailboxTree.rebase(r.name(), from, to));
                s.setString(2, r.name());
                s.executeUpdate();
            }
            renamed.add(r.name());
        }
        return renamed;
    }

    /**
     * Rebuilds the usage of a root from what its mailboxes really hold ({@code quota -f}): re-derives which
     * mailboxes the root covers, asks {@code counter} for each, and stores the per-mailbox and total usage.
     *
     * @throws NoSuchQuotaRootException if there is no such root
     */
    public QuotaRoot recompute(String root, MailboxUsage counter) {
        QuotaRoot result = database.inTransaction(c -> {
            List<SubtreeMailbox> subtree = lockSubtree(c, root);
            if (find(c, root, true).isEmpty()) {
                throw new NoSuchQuotaRootException(root);
            }
            List<String> nestedRoots = new ArrayList<>();
            for (QuotaRoot r : listIn(c, root)) {
                if (!r.name().equals(root)) {
                    nestedRoots.add(r.name());
                }
            }
            MailboxUsage.Usage total = MailboxUsage.Usage.NONE;
            List<String> covered = new ArrayList<>();
            for (SubtreeMailbox m : subtree) {
                if (nestedRoots.stream().anyMatch(n -> MailboxTree.inSubtree(m.name, n))) {
                    continue;
                }
                MailboxUsage.Usage usage = counter.usageOf(c, m.name);
                setMailboxUsage(c, m.name, usage);
                total = total.plus(usage);
                covered.add(m.name);
            }
            setQuotaRootColumn(c, covered, root);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE quota_roots SET used_bytes = ?, used_messages = ? WHERE root = ?")) {
                s.setLong(1, total.bytes());
                s.setLong(2, total.messages());
                s.setString(3, root);
                s.executeUpdate();
            }
            return find(c, root, false).orElseThrow();
        });
        events.publish(new ChangeEvent.QuotaChanged(root));
        return result;
    }

    /**
     * Moves usage when mailboxes change root inside the caller's transaction (create, rename, delete): the
     * mailboxes' own usage is subtracted from {@code fromRoot} and added to {@code toRoot} (either may be null).
     */
    public static void moveUsage(Connection tx, String fromRoot, String toRoot, long bytes, long messages)
            throws SQLException {
        if (fromRoot != null && fromRoot.equals(toRoot)) {
            return;
        }
        if (fromRoot != null) {
            addUsage(tx, fromRoot, -bytes, -messages);
        }
        if (toRoot != null) {
            addUsage(tx, toRoot, bytes, messages);
        }
    }

    private void createRoot(Connection c, String root, List<SubtreeMailbox> subtree, long storage, long messages)
            throws SQLException {
        // Mailboxes whose current root is an ancestor of the new one (or none) now belong to it; those under a
        // deeper root keep theirs.
        List<String> takenOver = new ArrayList<>();
        Map<String, long[]> takenFrom = new HashMap<>();
        long bytes = 0;
        long count = 0;
        for (SubtreeMailbox m : subtree) {
            if (m.quotaRoot != null && MailboxTree.inSubtree(m.quotaRoot, root)) {
                continue;
            }
            takenOver.add(m.name);
            bytes += m.usedBytes;
            count += m.usedMessages;
            if (m.quotaRoot != null) {
                long[] sum = takenFrom.computeIfAbsent(m.quotaRoot, k -> new long[2]);
                sum[0] += m.usedBytes;
                sum[1] += m.usedMessages;
            }
        }
        for (Map.Entry<String, long[]> from : takenFrom.entrySet()) {
            addUsage(c, from.getKey(), -from.getValue()[0], -from.getValue()[1]);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO quota_roots (root, storage_limit_kib, "
                + "message_limit, used_bytes, used_messages) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, root);
            setLimit(s, 2, storage);
            setLimit(s, 3, messages);
            s.setLong(4, bytes);
            s.setLong(5, count);
            s.executeUpdate();
        }
        setQuotaRootColumn(c, takenOver, root);
    }

    /** Adds (or with negative values subtracts) usage of a root, never below zero; a missing root is ignored. */
    public static void addUsage(Connection c, String root, long bytes, long messages) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE quota_roots SET "
                + "used_bytes = CASE WHEN used_bytes + ? < 0 THEN 0 ELSE used_bytes + ? END, "
                + "used_messages = CASE WHEN used_messages + ? < 0 THEN 0 ELSE used_messages + ? END WHERE root = ?")) {
            s.setLong(1, bytes);
            s.setLong(2, bytes);
            s.setLong(3, messages);
            s.setLong(4, messages);
            s.setString(5, root);
            s.executeUpdate();
        }
    }

    private static void setMailboxUsage(Connection c, String mailbox, MailboxUsage.Usage usage) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE mailboxes SET quota_used_bytes = ?, quota_used_messages = ? WHERE name = ?")) {
            s.setLong(1, usage.bytes());
            s.setLong(2, usage.messages());
            s.setString(3, mailbox);
            s.executeUpdate();
        }
    }

    private static void setQuotaRootColumn(Connection c, List<String> mailboxes, String root) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE mailboxes SET quota_root = ? WHERE name = ?")) {
            for (String mailbox : mailboxes) {
                s.setString(1, root);
                s.setString(2, mailbox);
                s.addBatch();
            }
            if (!mailboxes.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    private static List<SubtreeMailbox> lockSubtree(Connection c, String root) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name, quota_root, quota_used_bytes, quota_used_messages "
                + "FROM mailboxes WHERE name = ? OR name LIKE ? ESCAPE '!' ORDER BY name FOR UPDATE")) {
            s.setString(1, root);
            s.setString(2, MailboxTree.descendantsLike(root));
            List<SubtreeMailbox> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new SubtreeMailbox(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                }
            }
            return rows;
        }
    }

    private static List<QuotaRoot> listIn(Connection c, String root) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROOT_COLUMNS
                + " FROM quota_roots WHERE root = ? OR root LIKE ? ESCAPE '!'")) {
            s.setString(1, root);
            s.setString(2, MailboxTree.descendantsLike(root));
            List<QuotaRoot> roots = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    roots.add(read(r));
                }
            }
            return roots;
        }
    }

    private static Optional<QuotaRoot> find(Connection c, String root, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROOT_COLUMNS + " FROM quota_roots WHERE root = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            s.setString(1, root);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        }
    }

    private static QuotaRoot read(ResultSet r) throws SQLException {
        long storage = r.getLong(2);
        if (r.wasNull()) {
            storage = QuotaRoot.UNLIMITED;
        }
        long messages = r.getLong(3);
        if (r.wasNull()) {
            messages = QuotaRoot.UNLIMITED;
        }
        return new QuotaRoot(r.getString(1), storage, messages, r.getLong(4), r.getLong(5));
    }

    private static void setLimit(PreparedStatement s, int index, long limit) throws SQLException {
        if (limit == QuotaRoot.UNLIMITED) {
            s.setNull(index, java.sql.Types.BIGINT);
        } else {
            s.setLong(index, limit);
        }
    }

    private static void requireLimit(String resource, long limit) {
        if (limit < QuotaRoot.UNLIMITED) {
            throw new IllegalArgumentException(resource + " limit must be -1 (unlimited) or at least 0, not " + limit);
        }
    }

    private record SubtreeMailbox(String name, String quotaRoot, long usedBytes, long usedMessages) {
    }
}
