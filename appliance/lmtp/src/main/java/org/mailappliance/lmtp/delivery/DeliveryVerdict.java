package org.mailappliance.lmtp.delivery;

import java.util.Objects;

/** The outcome of delivery for one accepted recipient; the engine sends one reply per verdict, in RCPT order. */
public sealed interface DeliveryVerdict {

    /** Stored (and durable): {@code 250 2.1.5 Ok}. */
    record Delivered() implements DeliveryVerdict {
    }

    /** Suppressed as a duplicate (Message-ID already delivered to that mailbox): counts as delivered, {@code 250}. */
    record Duplicate() implements DeliveryVerdict {
    }

    /** Over quota with the actual size: {@code 452 4.2.2}, or {@code 552 5.2.2} with lmtp_over_quota_perm_failure. */
    record OverQuota() implements DeliveryVerdict {
    }

    /** A failure that may go away (I/O error, lock timeout): {@code 451 4.3.0 <reason>}; the MTA retries. */
    record TemporaryFailure(String reason) implements DeliveryVerdict {
        public TemporaryFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A failure retrying will not fix (no permission, Sieve reject, mailbox gone): {@code 550 5.7.1 <reason>}; the MTA
     * bounces.
     */
    record PermanentFailure(String reason) implements DeliveryVerdict {
        public PermanentFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
