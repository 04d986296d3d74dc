package org.mailappliance.lmtp.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mailappliance.lmtp.delivery.AcceptedRecipient;
import org.mailappliance.lmtp.delivery.Envelope;

/** One mail transaction: from MAIL to the end of DATA (or RSET). */
public final class Transaction {
    private final Envelope envelope;
    private final List<AcceptedRecipient> recipients = new ArrayList<>();
    private int rcptCommands;

    public Transaction(Envelope envelope) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
    }

    public Envelope envelope() {
        return envelope;
    }

    /** The accepted recipients in RCPT order. */
    public List<AcceptedRecipient> recipients() {
        return List.copyOf(recipients);
    }

    public void accept(AcceptedRecipient recipient) {
        recipients.add(recipient);
    }

    /** Counts a RCPT command (accepted or not) against the recipient limit; returns the new count. */
    public int countRcpt() {
        return ++rcptCommands;
    }
}
