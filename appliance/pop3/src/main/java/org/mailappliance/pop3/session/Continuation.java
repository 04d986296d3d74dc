package org.mailappliance.pop3.session;

import org.mailappliance.connector.api.Frame;

/** A command that reads further client lines itself (an AUTH exchange): while set, lines are not commands. */
@FunctionalInterface
public interface Continuation {

    /** The next client line or a framing violation. */
    void received(Frame frame);
}
