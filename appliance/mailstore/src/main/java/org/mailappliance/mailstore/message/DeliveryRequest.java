package org.mailappliance.mailstore.message;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One message delivered to one or more mailboxes (LMTP DATA after RCPT TO, or Sieve fileinto).
 *
 * @param source         the raw message exactly as it is to be stored (CRLF line ends as received)
 * @param targets        the mailboxes, in recipient order; {@link MessageStore#deliver} answers one result per target
 * @param internalDate   the INTERNALDATE to record (the delivery time)
 * @param messageId      the Message-ID for duplicate suppression, or null to take it from the message's header
 */
public record DeliveryRequest(MessageSource source, List<Target> targets, Instant internalDate, String messageId) {
    public DeliveryRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(internalDate, "internalDate");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a delivery needs at least one target");
        }
    }

    /** A delivery of a spooled file, which stays the caller's (read or hard-linked, never moved). */
    public DeliveryRequest(Path spooledMessage, List<Target> targets, Instant internalDate, String messageId) {
        this(MessageSource.file(spooledMessage), targets, internalDate, messageId);
    }

    /**
     * One mailbox to deliver into.
     *
     * @param mailbox     internal mailbox name ({@code user.alice}, {@code user.alice.Lists})
     * @param flags       flags to set on the new message (Sieve addflag/imap4flags), e.g. {@code \Flagged}, {@code $Junk}
     * @param ignoreQuota deliver even when the quota root is full (LMTP {@code IGNOREQUOTA}, Cyrus {@code -q})
     */
    public record Target(String mailbox, Set<String> flags, boolean ignoreQuota) {
        public Target {
            Objects.requireNonNull(mailbox, "mailbox");
            flags = Set.copyOf(flags);
        }

        public static Target of(String mailbox) {
            return new Target(mailbox, Set.of(), false);
        }
    }
}
