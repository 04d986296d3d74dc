package org.mailappliance.sieve.session;

import org.mailappliance.connector.api.Frame;

/** A command that reads further client lines itself (an AUTHENTICATE exchange): while set, lines are not commands. */
@FunctionalInterface
public interface Continuation {

    /** The next client line (with its literals) or a framing violation. */
    void received(Frame frame);
}
