package org.mailappliance.sieve.command;

import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.sieve.parse.Command;
import org.mailappliance.sieve.parse.CommandSyntaxException;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.session.Capabilities;
import org.mailappliance.sieve.session.SieveSession;

/** CAPABILITY, STARTTLS, NOOP, UNAUTHENTICATE and LOGOUT (RFC 5804 §2.2–2.4, 2.11, 2.14). */
final class SessionCommands {
    private static final Logger LOG = Logger.getLogger(SessionCommands.class.getName());

    private SessionCommands() {
    }

    /** The capability lines then OK: the greeting, CAPABILITY, and the re-issue after STARTTLS. */
    static void capabilities(SieveSession session) {
        Connection c = session.connection();
        for (String line : Capabilities.of(session)) {
            Reply.line(c, line);
        }
        Reply.ok(c);
    }

    static void capability(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 0);
        capabilities(session);
    }

    static void startTls(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 0);
        Connection c = session.connection();
        if (c.secure()) {
            Reply.no(c, "TLS is already active");
        } else if (session.authenticated()) {
            Reply.no(c, "STARTTLS is only allowed before authentication");
        } else if (!session.settings().tlsAvailable()) {
            Reply.no(c, "TLS is not available");
        } else {
            Reply.ok(c, "Begin TLS negotiation now");
            c.flush();
            c.startTls();
            // RFC 5804 §2.2: the capabilities again, as the first thing over TLS (SASL may now list PLAIN)
            capabilities(session);
        }
    }

    static void noop(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 1);
        if (command.arity() == 1) {
            Reply.ok(session.connection(), "TAG " + Reply.string(Arguments.text(command, 0)), "Done");
        } else {
            Reply.ok(session.connection(), "Done");
        }
    }

    static void unauthenticate(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 0);
        if (!session.authenticated()) {
            Reply.no(session.connection(), "Not authenticated");
            return;
        }
        LOG.info(() -> "unauthenticate " + session.userid() + " on connection " + session.connection().id());
        session.loggedOut();
        Reply.ok(session.connection());
    }

    static void logout(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 0, 0);
        Reply.ok(session.connection(), "Logout Complete");
        session.closing(true);
    }
}
