package org.mailappliance.lmtp.delivery;

import java.util.Objects;

/** The answer of {@link Deliveries#checkRecipient} for one RCPT TO, sent to the client at once (RFC 2033 §4.2). */
public sealed interface RecipientVerdict {

    /**
     * The recipient exists and may receive mail; the engine replies {@code 250 2.1.5 ok} and passes this object back
     * to {@link Deliveries#deliver} inside an {@link AcceptedRecipient}.
     *
     * @param mailbox the internal name of the target mailbox chosen at RCPT time (the {@code +detail} folder or
     *                INBOX), so that deliver need not look it up again
     * @param token   anything else the port wants back at deliver time (may be null); the engine never looks at it
     */
    record Accepted(String mailbox, Object token) implements RecipientVerdict {
        public Accepted {
            Objects.requireNonNull(mailbox, "mailbox");
        }
    }

    /** No such user (and no catch-all): {@code 550 5.1.1 User unknown}. */
    record UnknownUser() implements RecipientVerdict {
    }

    /**
     * The user is over quota: {@code 452 4.2.2 Over quota}, or {@code 552 5.2.2} with
     * {@code lmtp_over_quota_perm_failure}. Never returned when the RCPT carried IGNOREQUOTA.
     */
    record OverQuota() implements RecipientVerdict {
    }

    /** The lookup failed for a reason that may go away (database down): {@code 451 4.3.0 <reason>}. */
    record TemporaryFailure(String reason) implements RecipientVerdict {
        public TemporaryFailure {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
