package org.mailappliance.mailstore.quota;

import java.util.Optional;

/**
 * The quota situation of a mailbox for a prospective addition. Follows Cyrus's quota_check: a resource is exceeded
 * when {@code used + delta > limit} (STORAGE limits count KiB); an unlimited resource or a negative delta never is.
 *
 * @param root        the mailbox's quota root, empty when no root covers it (then nothing is ever exceeded)
 * @param addBytes    bytes the caller intends to add
 * @param addMessages messages the caller intends to add
 */
public record QuotaCheck(Optional<QuotaRoot> root, long addBytes, long addMessages) {

    /** Whether adding {@code addBytes} would go over the STORAGE limit. */
    public boolean storageExceeded() {
        return exceeds(storageLimitBytes(), root.map(QuotaRoot::usedBytes).orElse(0L), addBytes);
    }

    /** Whether adding {@code addMessages} would go over the MESSAGE limit. */
    public boolean messagesExceeded() {
        return exceeds(root.map(QuotaRoot::messageLimit).orElse(QuotaRoot.UNLIMITED),
                root.map(QuotaRoot::usedMessages).orElse(0L), addMessages);
    }

    /** Whether STORAGE usage is already above its limit, whatever is added. */
    public boolean storageAlreadyOver() {
        return exceeds(storageLimitBytes(), root.map(QuotaRoot::usedBytes).orElse(0L), 0);
    }

    /** IMAP APPEND/COPY semantics: refused when this addition would exceed either limit. */
    public boolean exceeded() {
        return storageExceeded() || messagesExceeded();
    }

    /**
     * Whether lmtpd refuses the delivery (RCPT or DATA): with {@code lmtp_strict_quota} when this message would go
     * over, without it only when STORAGE is already over; the MESSAGE resource is always checked with this
     * message counted (lmtpd passes a message delta of 1 and a storage delta of 0 unless strict).
     */
    public boolean refusesDelivery(boolean strictQuota) {
        return (strictQuota ? storageExceeded() : storageAlreadyOver()) || messagesExceeded();
    }

    private long storageLimitBytes() {
        return root.filter(QuotaRoot::storageLimited).map(r -> r.storageLimitKiB() * 1024).orElse(QuotaRoot.UNLIMITED);
    }

    private static boolean exceeds(long limit, long used, long delta) {
        return limit >= 0 && delta >= 0 && used + delta > limit;
    }
}
