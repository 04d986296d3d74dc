package org.mailappliance.pop3.command;

import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.pop3.port.Maildrops;
import org.mailappliance.pop3.port.Pop3Authenticator;
import org.mailappliance.pop3.session.Pop3Session;

/**
 * Answers one command line in the order of Cyrus's pop3d command loop: QUIT and CAPA in every state, the login
 * commands before authentication, the maildrop commands after it; anything else is "-ERR Unrecognized command" and
 * the session continues. During an AUTH exchange every line is the client's SASL response instead. Replies are
 * written, not flushed: pipelined commands (RFC 2449 PIPELINING) are answered in order and flushed together by the
 * engine.
 */
public final class CommandProcessor {
    private final AuthorizationCommands authorization;
    private final TransactionCommands transaction = new TransactionCommands();

    public CommandProcessor(Pop3Authenticator authenticator, Maildrops maildrops) {
        this.authorization = new AuthorizationCommands(authenticator, maildrops);
    }

    public void process(Pop3Session session, Frame frame) {
        if (session.continuation().isPresent()) {
            session.continuation().get().received(frame);
            return;
        }
        if (frame.violation() != null) {
            Reply.err(session.connection(), frame.violation() == Violation.LINE_TOO_LONG
                    ? "Line too long" : "Syntax error");
            return;
        }
        CommandLine command = CommandLine.parse(frame.firstLine());
        if (command.emptyArgument() && !command.verb().equals("AUTH")) {
            Reply.err(session.connection(), "Syntax error");
            return;
        }
        switch (command.verb()) {
            case "QUIT" -> SessionCommands.quit(session, command);
            case "CAPA" -> SessionCommands.capa(session, command);
            default -> {
                if (session.authenticated()) {
                    transaction.handle(session, command);
                } else {
                    authorization.handle(session, command);
                }
            }
        }
    }
}
