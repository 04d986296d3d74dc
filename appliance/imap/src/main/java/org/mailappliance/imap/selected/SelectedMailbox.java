package org.mailappliance.imap.selected;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.modseq.UidRanges;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.session.ImapSession;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.message.Flags;
import org.mailappliance.mailstore.message.MessageRecord;

/**
 * One session's view of its selected mailbox: the UIDs it has been told about, in order, so message sequence numbers
 * stay stable between the updates the session reports (RFC 9051 §7.5.1). Changes made elsewhere arrive as store
 * events (on the committing thread) and queue in {@link PendingChanges}; {@link #reportUpdates} turns them into
 * untagged responses and applies them to the view. The view is changed under this object's lock, because during
 * IDLE the committing thread reports in place of the session's thread.
 *
 * <p>A mailbox deleted or renamed under the session is treated as Cyrus does by default
 * ({@code disconnect_on_vanished_mailbox: no}): it becomes empty for the session (every message reported expunged
 * at the next point where expunges may be sent), and commands touching the store answer {@code NO [NONEXISTENT]}.
 */
public class SelectedMailbox implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SelectedMailbox.class.getName());
    /** Changed UIDs further apart than this are read from the store with separate queries. */
    private static final long FLAG_READ_GAP = 256;

    private final String internalName;
    private final String externalName;
    private final boolean readOnly;
    private final long uidValidity;
    private final Rights rights;
    private long[] uids;
    private int count;
    private final Set<Long> recent = new TreeSet<>();
    private MailStore store;
    private MailboxListener listener;
    private PendingChanges pending;
    private boolean imap4rev2;
    /** CONDSTORE is on: unsolicited FETCH responses carry MODSEQ. May be turned on while selected. */
    private volatile boolean condstore;
    /** QRESYNC is on (ENABLE comes before SELECT): expunges are VANISHED, FETCH responses carry UID. */
    private boolean qresync;
    /** The modseq up to which the session has been told every change (CONDSTORE). Guarded by this. */
    private long highestModSeq;
    private boolean gone;
    /** The result saved by SEARCH RETURN (SAVE) in this view (RFC 5182), ascending UIDs. */
    private long[] savedResult = new long[0];
    /** Where IDLE pushes go while the session idles; null otherwise. Guarded by this. */
    private ResponseWriter idleOut;

    /**
     * @param uids the unexpunged UIDs at selection time, ascending
     */
    public SelectedMailbox(String internalName, String externalName, boolean readOnly, long uidValidity,
            Rights rights, long[] uids) {
        this.internalName = internalName;
        this.externalName = externalName;
        this.readOnly = readOnly;
        this.uidValidity = uidValidity;
        this.rights = rights;
        this.uids = uids.clone();
        this.count = uids.length;
    }

    /**
     * The view a SELECT or EXAMINE opens, following the store's changes through {@code listener} (subscribed before
     * {@code uids} were read, so no change in between is lost).
     */
    public static SelectedMailbox open(ImapStore store, ImapSession session, ImapStore.Resolved target,
            MailboxListener listener, String externalName, boolean readOnly, long[] uids) {
        SelectedMailbox view = new SelectedMailbox(target.internalName(), externalName, readOnly,
                target.mailbox().uidValidity(), target.rights(), uids);
        view.attach(store.store(), listener, session.isEnabled("IMAP4REV2"));
        view.condstore = session.isEnabled("CONDSTORE");
        view.qresync = session.isEnabled("QRESYNC");
        return view;
    }

    private synchronized void attach(MailStore mailStore, MailboxListener changes, boolean rev2) {
        this.store = mailStore;
        this.listener = changes;
        this.pending = changes.pending();
        this.imap4rev2 = rev2;
        // events queued since the subscription (before the UIDs were read) are reported like later ones: UIDs the
        // view already holds are not announced twice, expunges of UIDs it never held are skipped
        changes.onChange(this::pushIfIdle);
    }

    /** The store's name, e.g. {@code user.alice.Sent}. */
    public String internalName() {
        return internalName;
    }

    /** The name the client selected it by (decoded). */
    public String externalName() {
        return externalName;
    }

    /** EXAMINE, or SELECT without the rights to change anything. */
    public boolean readOnly() {
        return readOnly;
    }

    public long uidValidity() {
        return uidValidity;
    }

    /** The session user's rights on the mailbox, as at selection. */
    public Rights rights() {
        return rights;
    }

    /** Whether the session enabled IMAP4rev2 (no \Recent). */
    public boolean imap4rev2() {
        return imap4rev2;
    }

    /** Whether CONDSTORE is on for this view: FETCH responses about flag changes carry MODSEQ. */
    public boolean condstore() {
        return condstore;
    }

    /** A CONDSTORE-enabling command ran while this mailbox was selected (RFC 7162 §3.1). */
    public void enableCondstore() {
        condstore = true;
    }

    /** Whether QRESYNC was enabled when the mailbox was selected: expunges are reported as VANISHED. */
    public boolean qresync() {
        return qresync;
    }

    /** The HIGHESTMODSEQ the session is up to date with: every change up to it has been reported. */
    public synchronized long highestModSeq() {
        return highestModSeq;
    }

    /** SELECT reported this HIGHESTMODSEQ (read after the listener was subscribed, before the messages). */
    public synchronized void startModSeq(long modSeq) {
        highestModSeq = Math.max(highestModSeq, modSeq);
    }

    /** The UIDs the session knows of, ascending. */
    public synchronized long[] uids() {
        return Arrays.copyOf(uids, count);
    }

    /** How many messages the session knows of (the last EXISTS it was told). */
    public synchronized int exists() {
        return count;
    }

    /** The UID of message sequence number {@code msn} (1-based). */
    public synchronized long uidAt(int msn) {
        if (msn < 1 || msn > count) {
            throw new IndexOutOfBoundsException("no message " + msn + " of " + count);
        }
        return uids[msn - 1];
    }

    /** The sequence number of {@code uid}, or 0 when the session does not know that UID. */
    public synchronized int msnOf(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        return i >= 0 ? i + 1 : 0;
    }

    /** The largest UID the session knows of, 0 when the view is empty. */
    public synchronized long lastUid() {
        return count == 0 ? 0 : uids[count - 1];
    }

    /** Marks UIDs as \Recent for this session (SELECT claimed them, or EXAMINE found them unclaimed). */
    public synchronized void addRecent(long[] recentUids) {
        for (long uid : recentUids) {
            recent.add(uid);
        }
    }

    /** Whether {@code uid} is \Recent in this session (never after ENABLE IMAP4rev2). */
    public synchronized boolean isRecent(long uid) {
        return !imap4rev2 && recent.contains(uid);
    }

    /** How many messages of the view are \Recent for this session. */
    public synchronized int recentCount() {
        return recent.size();
    }

    /** Whether the mailbox was deleted or renamed under the session. */
    public synchronized boolean gone() {
        return gone;
    }

    /**
     * The UIDs a sequence set names, ascending and without duplicates. For a UID set, {@code *} is the largest UID
     * and only UIDs in the view count (RFC 9051 §6.4.9: "UID range of 559:*" when 559 is above every UID still means
     * the last message). For a sequence set, numbers above {@link #exists()} are an error.
     *
     * @throws IllegalArgumentException for a message sequence number that does not exist (the caller answers BAD)
     */
    public synchronized long[] resolve(SequenceSet set, boolean uid) {
        if (set.isSavedResult()) {
            return savedResult();
        }
        if (count == 0) {
            if (!uid) {
                throw new IllegalArgumentException("No messages in the mailbox");
            }
            return new long[0];
        }
        boolean[] picked = new boolean[count];
        for (SequenceSet.Range r : set.resolve(uid ? uids[count - 1] : count)) {
            if (uid) {
                int from = Arrays.binarySearch(uids, 0, count, r.first());
                from = from >= 0 ? from : -from - 1;
                for (int i = from; i < count && uids[i] <= r.last(); i++) {
                    picked[i] = true;
                }
            } else {
                if (r.first() < 1 || r.last() > count) {
                    throw new IllegalArgumentException("Invalid message sequence number " + r
                            + " (the mailbox has " + count + " messages)");
                }
                for (long m = r.first(); m <= r.last(); m++) {
                    picked[(int) m - 1] = true;
                }
            }
        }
        long[] out = new long[count];
        int j = 0;
        for (int i = 0; i < count; i++) {
            if (picked[i]) {
                out[j++] = uids[i];
            }
        }
        return Arrays.copyOf(out, j);
    }

    /**
     * Keeps a search result for {@code $} (RFC 5182 SEARCHRES). It belongs to this view: a new SELECT starts with an
     * empty one.
     */
    public synchronized void saveResult(long[] resultUids) {
        long[] sorted = resultUids.clone();
        Arrays.sort(sorted);
        savedResult = sorted;
    }

    /** What {@code $} stands for: the saved UIDs still in the view (an expunged message drops out), ascending. */
    public synchronized long[] savedResult() {
        return Arrays.stream(savedResult).filter(uid -> msnOf(uid) > 0).toArray();
    }

    /** IDLE began: from now on changes are written to {@code out} and flushed as they happen. */
    public void startIdle(ResponseWriter out) {
        synchronized (this) {
            idleOut = out;
        }
        pushIfIdle();
    }

    /** IDLE ended (DONE): no more pushes; what comes later waits for the next command's completion. */
    public synchronized void stopIdle() {
        idleOut = null;
    }

    private void pushIfIdle() {
        synchronized (this) {
            if (idleOut != null && pending != null && !pending.isEmpty()) {
                reportUpdates(idleOut, true);
                idleOut.flush();
            }
        }
    }

    /**
     * Writes the untagged updates that happened since the last report and applies them to the view: EXPUNGE first
     * (highest sequence number first, so each number is valid when sent), then EXISTS and RECENT for new messages,
     * then FETCH FLAGS for flags other sessions changed. While a FETCH, STORE or SEARCH runs, expunges are withheld
     * ({@code expungesAllowed} false) and reported later (RFC 9051 §7.5.1).
     */
    public void reportUpdates(ResponseWriter out, boolean expungesAllowed) {
        reportUpdates(out, expungesAllowed, false);
    }

    /**
     * As {@link #reportUpdates(ResponseWriter, boolean)}; {@code withUid} during UID commands, whose FETCH responses
     * all carry the UID (as Cyrus's index_check does), so a client working by UID can place the flag changes.
     */
    public synchronized void reportUpdates(ResponseWriter out, boolean expungesAllowed, boolean withUid) {
        if (pending == null) {
            return;
        }
        PendingChanges.Batch batch = pending.drain(expungesAllowed);
        if (batch.isEmpty()) {
            highestModSeq = Math.max(highestModSeq, pending.drainedThrough());
            return;
        }
        if (batch.gone()) {
            vanish(out);
            return;
        }
        reportExpunged(out, batch.expunged());
        if (gone) {
            return;
        }
        try {
            if (batch.appended()) {
                reportNewMessages(out);
            }
            if (batch.flagged().length > 0) {
                reportFlags(out, batch.flagged(), withUid);
            }
            highestModSeq = Math.max(highestModSeq, pending.drainedThrough());
        } catch (NoSuchMailboxException e) {
            // deleted after the event: the MailboxDeleted event is queued and empties the view at the next report
        } catch (StoreException e) {
            // the tagged reply must still go out (the caller writes it next): keep the changes for the next report
            LOG.log(Level.WARNING, "cannot report the changes of " + internalName + "; retrying later", e);
            if (batch.appended()) {
                pending.appended();
            }
            pending.flagsChanged(batch.flagged());
        }
    }

    /** EXPUNGE, highest sequence number first; after ENABLE QRESYNC one VANISHED with the UIDs (RFC 7162 §3.2.10). */
    private void reportExpunged(ResponseWriter out, long[] expunged) {
        long[] vanished = new long[expunged.length];
        int n = 0;
        for (int i = expunged.length - 1; i >= 0; i--) {
            int msn = removeUid(expunged[i]);
            if (msn > 0) {
                recent.remove(expunged[i]);
                if (qresync) {
                    vanished[n++] = expunged[i];
                } else {
                    out.untagged().number(msn).atom("EXPUNGE").end();
                }
            }
        }
        if (n > 0) {
            long[] ascending = Arrays.copyOf(vanished, n);
            Arrays.sort(ascending);
            out.untagged().atom("VANISHED").atom(UidRanges.of(ascending).toString()).end();
        }
    }

    private void vanish(ResponseWriter out) {
        if (qresync && count > 0) {
            out.untagged().atom("VANISHED").atom(UidRanges.of(Arrays.copyOf(uids, count)).toString()).end();
        } else {
            for (int msn = count; msn >= 1; msn--) {
                out.untagged().number(msn).atom("EXPUNGE").end();
            }
        }
        count = 0;
        recent.clear();
        gone = true;
        unsubscribe();
    }

    private void reportNewMessages(ResponseWriter out) {
        List<MessageRecord> fresh = store.messages().records(internalName, lastUid() + 1, Long.MAX_VALUE);
        if (fresh.isEmpty()) {
            return;
        }
        long[] added = fresh.stream().mapToLong(MessageRecord::uid).toArray();
        // the first read-write session to report a message is the one that sees it as \Recent; EXAMINE only looks.
        // Claimed before the view changes, so a failing claim leaves the messages to be reported next time.
        long previous = readOnly ? store.recentUids().mark(internalName)
                : store.messages().claimRecent(internalName, added[added.length - 1]);
        addUids(added);
        for (long uid : added) {
            if (uid > previous) {
                recent.add(uid);
            }
        }
        out.untagged().number(count).atom("EXISTS").end();
        if (!imap4rev2) {
            out.untagged().number(recent.size()).atom("RECENT").end();
        }
    }

    private void reportFlags(ResponseWriter out, long[] flagged, boolean withUid) {
        TreeSet<Long> wanted = new TreeSet<>();
        for (long uid : flagged) {
            if (msnOf(uid) > 0) {
                wanted.add(uid);
            }
        }
        // read the records in runs of nearby UIDs: one query for a burst, no scan of the range between far apart UIDs
        while (!wanted.isEmpty()) {
            long first = wanted.first();
            long last = first;
            for (long uid : wanted) {
                if (uid - last > FLAG_READ_GAP) {
                    break;
                }
                last = uid;
            }
            for (MessageRecord r : store.messages().records(internalName, first, last)) {
                if (wanted.contains(r.uid())) {
                    writeFlags(out, r.uid(), r.flags(), r.modSeq(), withUid);
                }
            }
            wanted.headSet(last, true).clear();
        }
    }

    /**
     * {@code * n FETCH (FLAGS (...) [UID u] [MODSEQ (m)])} for a message of the view whose flags changed: with the
     * UID for UID commands and after ENABLE QRESYNC, with MODSEQ once CONDSTORE is on (RFC 7162 §3.1.4, §3.2.4).
     * Nothing when the view does not hold the UID.
     */
    public void writeFlags(ResponseWriter out, long uid, Flags flags, long modSeq, boolean withUid) {
        int msn = msnOf(uid);
        if (msn == 0) {
            return;
        }
        ResponseLine line = out.untagged().number(msn).atom("FETCH").open().atom("FLAGS");
        FlagNames.list(line, flags, isRecent(uid));
        if (withUid || qresync) {
            line.atom("UID").number(uid);
        }
        if (condstore) {
            line.atom("MODSEQ").open().number(modSeq).close();
        }
        line.close().end();
    }

    /** Appends UIDs the session now knows of (its own APPEND/COPY into itself, or a reported EXISTS). */
    protected synchronized void addUids(long[] newUids) {
        if (count + newUids.length > uids.length) {
            uids = Arrays.copyOf(uids, Math.max(uids.length * 2, count + newUids.length));
        }
        System.arraycopy(newUids, 0, uids, count, newUids.length);
        count += newUids.length;
    }

    /** Removes one message from the view; returns its former sequence number (for {@code * n EXPUNGE}) or 0. */
    protected synchronized int removeUid(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        if (i < 0) {
            return 0;
        }
        System.arraycopy(uids, i + 1, uids, i, count - i - 1);
        count--;
        recent.remove(uid);
        return i + 1;
    }

    private void unsubscribe() {
        if (listener != null) {
            listener.onChange(null);
            listener.close();
        }
    }

    /** Stops listening to the store; the session deselected or ended. */
    @Override
    public synchronized void close() {
        unsubscribe();
        idleOut = null;
    }
}
