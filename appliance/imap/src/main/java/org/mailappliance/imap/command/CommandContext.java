package org.mailappliance.imap.command;

import java.util.List;
import java.util.Locale;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.ImapSession;

/** What a running command sees: its tag, the session, the response writer and the capability list. */
public final class CommandContext {
    private final String tag;
    private final String commandName;
    private final ImapSession session;
    private final CommandRegistry registry;
    private boolean completed;
    private boolean suspended;
    private boolean expungesWithheld;

    public CommandContext(String tag, String commandName, ImapSession session, CommandRegistry registry) {
        this.tag = tag;
        this.commandName = commandName;
        this.session = session;
        this.registry = registry;
    }

    public String tag() {
        return tag;
    }

    public String commandName() {
        return commandName;
    }

    public ImapSession session() {
        return session;
    }

    public ResponseWriter out() {
        return session.out();
    }

    /** The capabilities as of now (they change with STARTTLS and login). */
    public List<String> capabilities() {
        return registry.capabilities(session);
    }

    /** {@code tag OK [code] text}. */
    public void ok(ResponseCode code, String text) {
        complete(Status.OK, code, text);
    }

    public void ok(String text) {
        ok(null, text);
    }

    /** {@code tag NO [code] text} without ending the handler (use {@link CommandException} to bail out). */
    public void no(ResponseCode code, String text) {
        complete(Status.NO, code, text);
    }

    /** Writes the tagged completion; a command completes exactly once. */
    public void complete(Status status, ResponseCode code, String text) {
        if (completed) {
            throw new IllegalStateException(commandName + " completed twice");
        }
        completed = true;
        if (status != Status.BAD) {
            session.reportUpdates(!expungesWithheld, commandName.startsWith("UID "));
        }
        out().tagged(tag, status, code, text);
    }

    /**
     * The command goes on past its handler (an AUTHENTICATE exchange waiting for the client): the dispatcher must not
     * complete it; whoever resumes it calls {@link #complete} later.
     */
    public void suspend() {
        suspended = true;
    }

    /**
     * FETCH, STORE and SEARCH (not their UID forms) call this: no EXPUNGE may be reported while they run, since the
     * client may not be able to tell which messages the results refer to (RFC 9051 §7.5.1).
     */
    public void withholdExpunges() {
        expungesWithheld = true;
    }

    public boolean completed() {
        return completed;
    }

    /** The default completion for handlers that did not write one: {@code OK <NAME> completed}. */
    public void completeIfNeeded() {
        if (!completed && !suspended) {
            ok(commandName.toUpperCase(Locale.ROOT) + " completed");
        }
    }
}
