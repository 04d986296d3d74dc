package org.mailappliance.pop3.command;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.pop3.port.MaildropException;
import org.mailappliance.pop3.session.Capabilities;
import org.mailappliance.pop3.session.Pop3Session;

/** CAPA and QUIT, valid in every state. */
final class SessionCommands {
    private static final Logger LOG = Logger.getLogger(SessionCommands.class.getName());

    private SessionCommands() {
    }

    static void capa(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        if (command.hasArgument()) {
            Reply.err(c, "Unexpected extra argument");
            return;
        }
        Reply.ok(c, "List of capabilities follows");
        for (String line : Capabilities.of(session)) {
            Reply.line(c, line);
        }
        Reply.end(c);
    }

    /**
     * RFC 1939 §6: in the TRANSACTION state QUIT enters UPDATE and the DELE-marked messages are expunged; +OK only
     * when that worked. The maildrop lock is released and the connection closed either way.
     */
    static void quit(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        if (command.hasArgument()) {
            Reply.err(c, "Unexpected extra argument");
            return;
        }
        session.closing(true);
        if (!session.authenticated()) {
            Reply.ok(c, "");
            return;
        }
        List<Long> deleted = session.scan().deletedUids();
        try {
            if (!deleted.isEmpty()) {
                session.maildrop().expunge(deleted);
            }
            Reply.ok(c, "");
        } catch (MaildropException e) {
            LOG.log(Level.WARNING, "expunge at QUIT failed for " + session, e);
            Reply.err(c, "[SYS/TEMP] Unable to remove deleted messages: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "expunge at QUIT failed for " + session, e);
            Reply.err(c, "[SYS/TEMP] Unable to remove deleted messages");
        } finally {
            session.releaseMaildrop();
        }
    }
}
