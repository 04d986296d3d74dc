package org.mailappliance.lmtp.session;

import org.mailappliance.connector.api.Frame;

/**
 * A command that needs more client lines than its own (AUTH's SASL exchange): while one is pending, every input
 * frame goes to it instead of being read as a command.
 */
public interface Continuation {

    /** The client's next line, or a framing violation. */
    void received(Frame frame);
}
