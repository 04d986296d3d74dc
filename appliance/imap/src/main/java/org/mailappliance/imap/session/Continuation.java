package org.mailappliance.imap.session;

import org.mailappliance.connector.api.Frame;

/**
 * A command that asked the client for more input with a {@code +} continuation and now receives the client's next
 * line (in LINE framing) instead of a new command. It ends itself with {@link ImapSession#endContinuation()}.
 */
@FunctionalInterface
public interface Continuation {

    /** The client's line, or a framing violation in its place. */
    void received(Frame frame);
}
