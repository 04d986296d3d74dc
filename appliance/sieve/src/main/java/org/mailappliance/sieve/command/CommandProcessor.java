package org.mailappliance.sieve.command;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.sieve.parse.Command;
import org.mailappliance.sieve.parse.CommandReader;
import org.mailappliance.sieve.parse.CommandSyntaxException;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.session.SieveSession;

/**
 * Decodes each frame, checks the session state and runs the command. Every error is a {@code NO} with a reason
 * (ManageSieve has no BAD) and the session goes on, except framing violations the adapter cannot recover from,
 * which end it with {@code BYE}.
 */
public final class CommandProcessor {
    private static final Logger LOG = Logger.getLogger(CommandProcessor.class.getName());

    private final ScriptCommands scripts;

    public CommandProcessor(ScriptStore store) {
        this.scripts = new ScriptCommands(store);
    }

    /** The greeting: the capabilities and OK. */
    public void greet(SieveSession session) {
        SessionCommands.capabilities(session);
    }

    public void process(SieveSession session, Frame frame) {
        Connection c = session.connection();
        try {
            if (session.continuation().isPresent()) {
                session.continuation().get().received(frame);
                return;
            }
            if (frame.violation() != null) {
                violation(session, frame);
                return;
            }
            Command command = CommandReader.read(frame, session.settings().maxScriptSize());
            dispatch(session, command);
        } catch (CommandSyntaxException e) {
            Reply.no(c, e.getMessage());
        } catch (RuntimeException e) {
            // the script store (database) failed: the client may retry, the session goes on
            LOG.log(Level.WARNING, "command failed on " + session, e);
            Reply.no(c, "TRYLATER", "Script store unavailable, try again later");
        }
    }

    private void dispatch(SieveSession session, Command command) throws CommandSyntaxException {
        switch (command.name()) {
            case "CAPABILITY" -> SessionCommands.capability(session, command);
            case "LOGOUT" -> SessionCommands.logout(session, command);
            case "NOOP" -> SessionCommands.noop(session, command);
            case "STARTTLS" -> SessionCommands.startTls(session, command);
            case "AUTHENTICATE" -> AuthenticateCommand.handle(session, command);
            case "UNAUTHENTICATE" -> SessionCommands.unauthenticate(session, command);
            case "HAVESPACE", "PUTSCRIPT", "CHECKSCRIPT", "LISTSCRIPTS", "SETACTIVE", "GETSCRIPT", "DELETESCRIPT",
                    "RENAMESCRIPT" -> {
                if (!session.authenticated()) {
                    Reply.no(session.connection(), "Authenticate first");
                } else {
                    scriptCommand(session, command);
                }
            }
            default -> Reply.no(session.connection(), "Unrecognized command " + command.name());
        }
    }

    private void scriptCommand(SieveSession session, Command command) throws CommandSyntaxException {
        switch (command.name()) {
            case "HAVESPACE" -> scripts.haveSpace(session, command);
            case "PUTSCRIPT" -> scripts.putScript(session, command);
            case "CHECKSCRIPT" -> scripts.checkScript(session, command);
            case "LISTSCRIPTS" -> scripts.listScripts(session, command);
            case "SETACTIVE" -> scripts.setActive(session, command);
            case "GETSCRIPT" -> scripts.getScript(session, command);
            case "DELETESCRIPT" -> scripts.deleteScript(session, command);
            default -> scripts.renameScript(session, command);
        }
    }

    private static void violation(SieveSession session, Frame frame) {
        Connection c = session.connection();
        switch (frame.violation()) {
            case LINE_TOO_LONG -> Reply.bye(c, null, "Line too long");
            case LITERAL_TOO_BIG_FATAL, LITERAL_MINUS_TOO_BIG -> Reply.bye(c, "QUOTA/MAXSIZE", "Literal too big");
            case LITERAL_TOO_BIG -> Reply.no(c, "QUOTA/MAXSIZE", "Literal too big");
            default -> Reply.no(c, "Malformed command");
        }
        if (frame.violation().fatal()) {
            session.closing(true);
        }
    }
}
