package org.mailappliance.lmtp.command;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.lmtp.session.LmtpSettings;

/** The commands that do not touch a mail transaction's content: LHLO, RSET, NOOP, QUIT, VRFY, STARTTLS. */
final class SessionCommands {
    private SessionCommands() {
    }

    /** RFC 2033 §4.1, capability lines in Cyrus's order. LHLO also aborts a transaction, as EHLO does. */
    static void lhlo(LmtpSession session, CommandLine command, List<String> authMechanisms) {
        if (!command.hasArgument()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
            return;
        }
        session.endTransaction();
        session.lhlo(command.argument());
        LmtpSettings s = session.settings();
        List<String> lines = new ArrayList<>();
        lines.add(s.serverName());
        lines.add("8BITMIME");
        lines.add("ENHANCEDSTATUSCODES");
        lines.add("PIPELINING");
        // RFC 1870 §4: "SIZE" without a number means no fixed limit
        lines.add(s.maxMessageSize() > 0 ? "SIZE " + s.maxMessageSize() : "SIZE");
        if (startTlsOffered(session)) {
            lines.add("STARTTLS");
        }
        if (!authMechanisms.isEmpty()) {
            lines.add("AUTH " + String.join(" ", authMechanisms));
        }
        lines.add("IGNOREQUOTA");
        lines.add("Ok SESSIONID=<" + session.sessionId() + ">");
        session.out().multiline(250, lines);
        session.newSessionId();
    }

    static boolean startTlsOffered(LmtpSession session) {
        Connection c = session.connection();
        return session.settings().tlsAvailable() && !c.unixSocket() && !c.secure() && !session.authenticated();
    }

    static void startTls(LmtpSession session, CommandLine command) {
        Connection c = session.connection();
        if (c.unixSocket() || !session.settings().tlsAvailable()) {
            // not advertised, so an unknown command as far as the client can tell (Cyrus answers the same)
            session.out().send(Replies.SYNTAX_ERROR);
        } else if (command.hasArgument()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
        } else if (c.secure()) {
            session.out().send(Replies.STARTTLS_TWICE);
        } else if (session.transaction().isPresent()) {
            session.out().send(Replies.STARTTLS_NOT_NOW);
        } else {
            session.out().send(Replies.BEGIN_TLS);
            session.out().flush();
            c.startTls();
            session.resetAfterTls();
        }
    }

    static void rset(LmtpSession session, CommandLine command) {
        if (command.hasArgument()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
            return;
        }
        session.endTransaction();
        session.newSessionId();
        session.out().send(new Reply(250, "2.0.0", "Ok SESSIONID=<" + session.sessionId() + ">"));
    }

    /** RFC 5321 §4.1.1.9: NOOP may carry a string, which is ignored. */
    static void noop(LmtpSession session) {
        session.out().send(Replies.OK);
    }

    static void quit(LmtpSession session, CommandLine command) {
        if (command.hasArgument()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
            return;
        }
        session.out().send(Replies.BYE);
        session.closing(true);
    }

    static void vrfy(LmtpSession session, CommandLine command) {
        session.out().send(command.hasArgument() ? Replies.VRFY : Replies.PARAMETER_SYNTAX);
    }
}
