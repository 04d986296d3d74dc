package org.mailappliance.imap;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.StateRules;
import org.mailappliance.imap.parse.CommandLine;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.ImapSession;

/** Decode, check, run: turns one framed command into exactly one tagged (or untagged BAD) completion. */
final class Dispatcher {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    private final CommandRegistry commands;

    Dispatcher(CommandRegistry commands) {
        this.commands = commands;
    }

    void dispatch(ImapSession session, Frame frame) {
        ImapReader reader = new ImapReader(frame, session.settings().limits(), session.utf8Names(),
                session.utf8Enabled());
        CommandLine.TagHolder tagHolder = new CommandLine.TagHolder();
        CommandLine line;
        try {
            line = CommandLine.read(reader, tagHolder);
        } catch (CommandLine.InvalidTag e) {
            session.out().untagged(Status.BAD, null, e.getMessage());
            return;
        } catch (ParseException e) {
            session.out().tagged(tagHolder.tag(), Status.BAD, null, e.getMessage());
            return;
        }
        Optional<CommandDefinition<?>> definition = commands.lookup(line.name());
        if (definition.isEmpty()) {
            session.out().tagged(line.tag(), Status.BAD, null, "Unrecognized command");
            return;
        }
        String refusal = StateRules.refusal(definition.get(), session.state());
        if (refusal != null) {
            session.out().tagged(line.tag(), Status.BAD, null, refusal);
            return;
        }
        run(session, line, definition.get());
    }

    private <A> void run(ImapSession session, CommandLine line, CommandDefinition<A> definition) {
        A arguments;
        try {
            arguments = definition.parser().parse(line.arguments());
            line.arguments().end();
        } catch (ParseException e) {
            session.out().tagged(line.tag(), Status.BAD, null, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "parser of " + definition.name() + " failed on " + session, e);
            session.out().tagged(line.tag(), Status.NO, ResponseCode.SERVERBUG,
                    "Internal error while reading the arguments; the command was not run");
            return;
        }
        CommandContext context = new CommandContext(line.tag(), definition.name(), session, commands);
        // flag changes the command makes are its own to report (STORE, FETCH's implicit \Seen), not news
        session.commandStarted();
        try {
            definition.handler().handle(context, arguments);
            context.completeIfNeeded();
        } catch (CommandException e) {
            if (context.completed()) {
                LOG.warning(() -> definition.name() + " failed after completing on " + session + ": " + e.getMessage());
            } else {
                context.complete(e.status(), e.code(), e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, definition.name() + " failed on " + session, e);
            if (!context.completed()) {
                context.complete(Status.NO, ResponseCode.SERVERBUG,
                        "Internal error; the command may not have completed");
            }
        } finally {
            session.commandEnded();
        }
    }
}
