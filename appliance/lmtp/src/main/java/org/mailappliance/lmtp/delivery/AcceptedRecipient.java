package org.mailappliance.lmtp.delivery;

import java.util.Objects;

/**
 * A recipient the client named and the port accepted, in RCPT order.
 *
 * @param recipient   the parsed recipient
 * @param verdict     what {@link Deliveries#checkRecipient} returned for it
 * @param ignoreQuota whether the RCPT carried Cyrus's {@code IGNOREQUOTA} parameter: deliver even over quota
 */
public record AcceptedRecipient(Recipient recipient, RecipientVerdict.Accepted verdict, boolean ignoreQuota) {

    public AcceptedRecipient {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(verdict, "verdict");
    }
}
