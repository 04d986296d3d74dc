package org.mailappliance.mailstore.message;

/** What happened to one target of a delivery or to one APPEND. */
public sealed interface AppendResult {
    String mailbox();

    /** Stored and committed: the caller may acknowledge. {@code uid} and {@code uidValidity} make APPENDUID. */
    record Appended(String mailbox, long uidValidity, long uid, long modSeq) implements AppendResult {
    }

    /** The same Message-ID was delivered to this mailbox before ({@code duplicatesuppression}); acknowledge as delivered. */
    record Duplicate(String mailbox) implements AppendResult {
    }

    /** The mailbox's quota root has no room (LMTP 552 5.2.2, IMAP NO [OVERQUOTA]). */
    record OverQuota(String mailbox) implements AppendResult {
    }

    /** No active mailbox of that name (LMTP 550 5.1.1, IMAP NO [TRYCREATE]). */
    record NoSuchMailbox(String mailbox) implements AppendResult {
    }

    /** A temporary failure (I/O, database): nothing was stored for this target (LMTP 451 4.3.0). */
    record Failed(String mailbox, String reason) implements AppendResult {
    }
}
