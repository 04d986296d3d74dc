package org.mailappliance.mailstore.quota;

/**
 * A quota root: limits and the usage of every mailbox whose nearest ancestor-or-self root this is.
 *
 * @param name            internal name of the mailbox the root is set on, e.g. {@code user.alice}
 * @param storageLimitKiB STORAGE limit in KiB (RFC 9208), or {@link #UNLIMITED}
 * @param messageLimit    MESSAGE limit, or {@link #UNLIMITED}
 * @param usedBytes       sum of the sizes of the messages counted, in bytes
 * @param usedMessages    number of messages counted
 */
public record QuotaRoot(String name, long storageLimitKiB, long messageLimit, long usedBytes, long usedMessages) {
    /** Cyrus's QUOTA_UNLIMITED. */
    public static final long UNLIMITED = -1;

    public boolean storageLimited() {
        return storageLimitKiB >= 0;
    }

    public boolean messagesLimited() {
        return messageLimit >= 0;
    }

    /** Usage in KiB as IMAP GETQUOTA reports it (rounded down, like Cyrus). */
    public long usedKiB() {
        return usedBytes / 1024;
    }
}
