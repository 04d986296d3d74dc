package org.mailappliance.lmtp.command;

import java.util.Optional;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.lmtp.delivery.Deliveries;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.session.Continuation;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.sasl.Mechanisms;

/**
 * Answers one input frame: a command line, a framing violation, or the data after DATA. Replies are written but not
 * flushed; the engine flushes once per frame, so pipelined commands (RFC 2920) are simply answered in order.
 */
public final class CommandProcessor {
    private final TransactionCommands transactions;
    private final AuthCommand auth;

    /** Without SASL: AUTH is neither advertised nor available. */
    public CommandProcessor(Deliveries deliveries) {
        this(deliveries, null);
    }

    /** @param mechanisms the SASL mechanisms AUTH offers, or null for none */
    public CommandProcessor(Deliveries deliveries, Mechanisms mechanisms) {
        this.transactions = new TransactionCommands(deliveries);
        this.auth = new AuthCommand(mechanisms);
    }

    public void process(LmtpSession session, Frame frame) {
        Optional<Continuation> continuation = session.continuation();
        if (continuation.isPresent()) {
            continuation.get().received(frame);
        } else if (session.awaitingData()) {
            transactions.dataReceived(session, frame);
        } else if (frame.violation() != null) {
            session.out().send(frame.violation() == Violation.LINE_TOO_LONG
                    ? Replies.LINE_TOO_LONG : Replies.SYNTAX_ERROR);
        } else {
            command(session, CommandLine.parse(frame.firstLine()));
        }
    }

    private void command(LmtpSession session, CommandLine command) {
        switch (command.verb()) {
            case "LHLO" -> SessionCommands.lhlo(session, command, auth.offered(session));
            case "MAIL" -> transactions.mail(session, command);
            case "RCPT" -> transactions.rcpt(session, command);
            case "DATA" -> transactions.data(session, command);
            case "RSET" -> SessionCommands.rset(session, command);
            case "NOOP" -> SessionCommands.noop(session);
            case "QUIT" -> SessionCommands.quit(session, command);
            case "VRFY" -> SessionCommands.vrfy(session, command);
            case "STARTTLS" -> SessionCommands.startTls(session, command);
            case "AUTH" -> auth.auth(session, command);
            // RFC 2033 §4.1: LMTP replaces them with LHLO so that a client speaking SMTP to an LMTP server fails
            case "HELO", "EHLO" -> session.out().send(Replies.USE_LHLO);
            default -> session.out().send(Replies.SYNTAX_ERROR);
        }
    }
}
