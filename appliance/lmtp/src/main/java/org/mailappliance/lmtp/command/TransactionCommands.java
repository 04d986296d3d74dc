package org.mailappliance.lmtp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.lmtp.address.PathArgument;
import org.mailappliance.lmtp.address.SyntaxException;
import org.mailappliance.lmtp.delivery.AcceptedRecipient;
import org.mailappliance.lmtp.delivery.Deliveries;
import org.mailappliance.lmtp.delivery.DeliveryVerdict;
import org.mailappliance.lmtp.delivery.MessageData;
import org.mailappliance.lmtp.delivery.Recipient;
import org.mailappliance.lmtp.delivery.RecipientVerdict;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.lmtp.session.LmtpSettings;
import org.mailappliance.lmtp.session.Transaction;

/** MAIL, RCPT and DATA, and the data that follows DATA. */
final class TransactionCommands {
    private static final Logger LOG = Logger.getLogger(TransactionCommands.class.getName());

    private final Deliveries deliveries;

    TransactionCommands(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    void mail(LmtpSession session, CommandLine command) {
        if (!session.greeted()) {
            session.out().send(Replies.NEED_LHLO);
        } else if (!session.trust().mayDeliver()) {
            session.out().send(session.settings().softNoAuth() ? Replies.AUTH_REQUIRED_SOFT : Replies.AUTH_REQUIRED);
        } else if (session.transaction().isPresent()) {
            session.out().send(Replies.NESTED_MAIL);
        } else {
            PathArgument argument;
            try {
                argument = PathArgument.parse(command.argument(), "FROM:", true);
            } catch (SyntaxException e) {
                LOG.fine(() -> session + ": MAIL syntax: " + e.getMessage());
                session.out().send(Replies.PARAMETER_SYNTAX);
                return;
            }
            MailParameters.Result result =
                    MailParameters.interpret(argument.path(), argument.parameters(), session.settings());
            if (result.refusal() != null) {
                session.out().send(result.refusal());
                return;
            }
            session.begin(new Transaction(result.envelope()));
            session.out().send(Replies.MAIL_OK);
        }
    }

    void rcpt(LmtpSession session, CommandLine command) {
        if (!session.greeted()) {
            session.out().send(Replies.NEED_LHLO);
            return;
        }
        Transaction tx = session.transaction().orElse(null);
        if (tx == null) {
            session.out().send(Replies.NEED_MAIL);
            return;
        }
        PathArgument argument;
        try {
            argument = PathArgument.parse(command.argument(), "TO:", false);
        } catch (SyntaxException e) {
            LOG.fine(() -> session + ": RCPT syntax: " + e.getMessage());
            session.out().send(Replies.PARAMETER_SYNTAX);
            return;
        }
        boolean ignoreQuota = false;
        for (Map.Entry<String, String> p : argument.parameters().entrySet()) {
            if (p.getKey().equals("IGNOREQUOTA") && p.getValue() == null) {
                ignoreQuota = true;
            } else {
                session.out().send(Replies.UNRECOGNIZED_PARAMETERS);
                return;
            }
        }
        if (tx.countRcpt() > session.settings().maxRecipients()) {
            session.out().send(Replies.TOO_MANY_RECIPIENTS);
            return;
        }
        Recipient recipient = session.settings().recipientResolver().resolve(argument.path());
        RecipientVerdict verdict;
        try {
            verdict = deliveries.checkRecipient(recipient, tx.envelope(), ignoreQuota, session.info());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, session + ": recipient check failed for " + recipient, e);
            session.out().send(Replies.INTERNAL_ERROR);
            return;
        }
        if (verdict instanceof RecipientVerdict.Accepted accepted) {
            tx.accept(new AcceptedRecipient(recipient, accepted, ignoreQuota));
        } else if (verdict == null) {
            LOG.severe(session + ": recipient check returned null for " + recipient);
        }
        session.out().send(VerdictReplies.forRecipient(verdict, session));
    }

    void data(LmtpSession session, CommandLine command) {
        if (command.hasArgument()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
        } else if (!session.greeted()) {
            session.out().send(Replies.NEED_LHLO);
        } else if (session.transaction().isEmpty()) {
            session.out().send(Replies.NEED_MAIL);
        } else if (session.transaction().get().recipients().isEmpty()) {
            session.out().send(Replies.NO_RECIPIENTS);
        } else {
            session.out().send(Replies.GO_AHEAD_DATA);
            session.awaitingData(true);
            session.connection().nextFrame(FrameMode.DOT);
        }
    }

    /** The DOT frame after 354: one reply per accepted recipient, in RCPT order (RFC 2033 §4.2), whatever happens. */
    void dataReceived(LmtpSession session, Frame frame) {
        session.connection().nextFrame(FrameMode.LINE);
        Transaction tx = session.transaction().orElseThrow();
        List<AcceptedRecipient> recipients = tx.recipients();
        try {
            Reply refusal = refusal(frame, session.settings());
            if (refusal != null) {
                recipients.forEach(r -> session.out().send(refusal));
                return;
            }
            MessageData data = new MessageData(frame.literals().get(0), tx.envelope().sender(),
                    session.settings().serverName());
            for (Reply reply : deliver(session, tx, recipients, data)) {
                session.out().send(reply);
            }
        } finally {
            session.endTransaction();
        }
    }

    private static Reply refusal(Frame frame, LmtpSettings settings) {
        Violation v = frame.violation();
        if (v == Violation.LITERAL_TOO_BIG || v == Violation.LITERAL_TOO_BIG_FATAL) {
            return tooBig(settings, "Message size");
        } else if (v == Violation.LINE_TOO_LONG) {
            return new Reply(554, "5.6.0", "Message contains a line too long");
        } else if (v != null || frame.literals().size() != 1) {
            return new Reply(554, "5.6.0", "Message data could not be read");
        } else if (settings.tooBig(frame.literals().get(0).size())) {
            return tooBig(settings, "Message size (" + frame.literals().get(0).size() + ")");
        }
        return null;
    }

    private static Reply tooBig(LmtpSettings settings, String what) {
        return new Reply(552, "5.2.3", what + " exceeds fixed maximum message size"
                + (settings.maxMessageSize() > 0 ? " (" + settings.maxMessageSize() + ")" : ""));
    }

    private List<Reply> deliver(LmtpSession session, Transaction tx, List<AcceptedRecipient> recipients,
                                MessageData data) {
        List<DeliveryVerdict> verdicts;
        try {
            verdicts = deliveries.deliver(tx.envelope(), recipients, data, session.info());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, session + ": delivery failed", e);
            verdicts = null;
        }
        List<Reply> replies = new ArrayList<>(recipients.size());
        if (verdicts == null || verdicts.size() != recipients.size()) {
            if (verdicts != null) {
                LOG.severe(session + ": the delivery port returned " + verdicts.size() + " verdicts for "
                        + recipients.size() + " recipients");
            }
            recipients.forEach(r -> replies.add(Replies.INTERNAL_ERROR));
            return replies;
        }
        for (DeliveryVerdict v : verdicts) {
            replies.add(VerdictReplies.forDelivery(v, session));
        }
        return replies;
    }
}
