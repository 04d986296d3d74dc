package org.mailappliance.imap.selected;

import java.nio.charset.StandardCharsets;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.Continuation;
import org.mailappliance.imap.session.ImapSession;

/**
 * IDLE (RFC 2177): answers {@code + idling}, then pushes the selected mailbox's changes as they are committed
 * (written and flushed by the committing thread, under the mailbox view's lock) until the client sends DONE.
 * Valid with or without a selected mailbox; without one there is nothing to push.
 */
final class IdleCommand implements Continuation {
    private final CommandContext ctx;
    private final ImapSession session;
    private final SelectedMailbox selected;

    private IdleCommand(CommandContext ctx) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.selected = session.selected();
    }

    static CommandDefinition<Void> definition() {
        return CommandDefinition.withoutArguments("IDLE", CommandDefinition.AUTHENTICATED,
                (ctx, none) -> new IdleCommand(ctx).begin());
    }

    private void begin() {
        ctx.suspend();
        // as Cyrus: "+ idling" first, then whatever is pending is pushed like any later change
        ctx.out().continuation("idling");
        session.awaitContinuation(this);
        if (selected != null) {
            selected.startIdle(ctx.out());
        }
    }

    @Override
    public void received(Frame frame) {
        if (selected != null) {
            selected.stopIdle();
        }
        session.endContinuation();
        if (frame.violation() != null) {
            if (frame.violation().fatal()) {
                // the adapter closes the connection once we return
                session.loggingOut();
                session.out().untagged(Status.BYE, ResponseCode.TOOBIG, "Line too long during IDLE");
            } else {
                ctx.complete(Status.BAD, null, "Expected DONE to end IDLE; the line was too long");
            }
            return;
        }
        String line = new String(frame.lines().get(0), StandardCharsets.US_ASCII);
        if (line.equalsIgnoreCase("DONE")) {
            ctx.ok("Completed");
        } else {
            ctx.complete(Status.BAD, null, "Expected DONE to end IDLE");
        }
    }

    @Override
    public String toString() {
        return "IDLE (" + ctx.tag() + ")";
    }
}
