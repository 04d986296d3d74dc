package org.mailappliance.imap.selected;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.mailstore.acl.Rights;

/**
 * One session's view of its selected mailbox: the UIDs it has been told about, in order, so message sequence numbers
 * stay stable between the updates the session reports (RFC 9051 §7.5.1). Only the session's own thread reads or
 * changes the view; changes made elsewhere arrive as store events and are applied by {@link #reportUpdates}.
 */
public class SelectedMailbox implements AutoCloseable {
    private final String internalName;
    private final String externalName;
    private final boolean readOnly;
    private final long uidValidity;
    private final Rights rights;
    private long[] uids;
    private int count;
    private final Set<Long> recent = new HashSet<>();

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
     * The view a SELECT or EXAMINE opens. The session, store and resolved mailbox are passed so the view can
     * follow the store's change events for this mailbox.
     */
    public static SelectedMailbox open(ImapStore store, ImapSession session, ImapStore.Resolved target,
            String externalName, boolean readOnly, long[] uids) {
        return new SelectedMailbox(target.internalName(), externalName, readOnly, target.mailbox().uidValidity(),
                target.rights(), uids);
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

    /** How many messages the session knows of (the last EXISTS it was told). */
    public int exists() {
        return count;
    }

    /** The UID of message sequence number {@code msn} (1-based). */
    public long uidAt(int msn) {
        if (msn < 1 || msn > count) {
            throw new IndexOutOfBoundsException("no message " + msn + " of " + count);
        }
        return uids[msn - 1];
    }

    /** The sequence number of {@code uid}, or 0 when the session does not know that UID. */
    public int msnOf(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        return i >= 0 ? i + 1 : 0;
    }

    /** Whether this session shows {@code uid} as \Recent (it claimed the UID, or EXAMINE found it unclaimed). */
    public boolean isRecent(long uid) {
        return recent.contains(uid);
    }

    /** How many of the messages in the view are \Recent for this session. */
    public int recentCount() {
        return recent.size();
    }

    /** Marks UIDs as \Recent for this session. */
    public void addRecent(long[] recentUids) {
        for (long uid : recentUids) {
            recent.add(uid);
        }
    }

    /** The largest UID the session knows of, 0 when the view is empty. */
    public long lastUid() {
        return count == 0 ? 0 : uids[count - 1];
    }

    /**
     * The UIDs a sequence set names, ascending and without duplicates. For a UID set, {@code *} is the largest UID
     * and only UIDs in the view count (RFC 9051 §6.4.9: "UID range of 559:*" when 559 is above every UID still means
     * the last message). For a sequence set, numbers above {@link #exists()} are an error.
     *
     * @throws IllegalArgumentException for a message sequence number that does not exist (the caller answers BAD)
     */
    public long[] resolve(SequenceSet set, boolean uid) {
        if (set.isSavedResult()) {
            throw new IllegalArgumentException("$ must be replaced by the saved search result first");
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
                long first = r.first();
                long last = r.last();
                int from = Arrays.binarySearch(uids, 0, count, first);
                from = from >= 0 ? from : -from - 1;
                for (int i = from; i < count && uids[i] <= last; i++) {
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
        int n = 0;
        for (boolean p : picked) {
            n += p ? 1 : 0;
        }
        long[] out = new long[n];
        int j = 0;
        for (int i = 0; i < count; i++) {
            if (picked[i]) {
                out[j++] = uids[i];
            }
        }
        return out;
    }

    /**
     * Writes the untagged updates that happened since the last report (EXISTS, RECENT, EXPUNGE or VANISHED,
     * FETCH FLAGS) and applies them to the view. While a FETCH, STORE or SEARCH runs, expunges are withheld
     * ({@code expungesAllowed} false) and reported later (RFC 9051 §7.5.1).
     */
    public void reportUpdates(ResponseWriter out, boolean expungesAllowed) {
        // the selected-state work fills this in: store events -> pending changes -> untagged responses
    }

    /** Appends UIDs the session now knows of (its own APPEND/COPY into itself, or a reported EXISTS). */
    protected void addUids(long[] newUids) {
        if (count + newUids.length > uids.length) {
            uids = Arrays.copyOf(uids, Math.max(uids.length * 2, count + newUids.length));
        }
        System.arraycopy(newUids, 0, uids, count, newUids.length);
        count += newUids.length;
    }

    /** Removes one message from the view; returns its former sequence number (for {@code * n EXPUNGE}) or 0. */
    protected int removeUid(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        if (i < 0) {
            return 0;
        }
        System.arraycopy(uids, i + 1, uids, i, count - i - 1);
        count--;
        recent.remove(uid);
        return i + 1;
    }

    /** Stops listening to the store; the session deselected or ended. */
    @Override
    public void close() {
    }
}
