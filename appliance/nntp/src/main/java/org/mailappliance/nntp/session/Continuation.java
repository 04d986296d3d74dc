package org.mailappliance.nntp.session;

import org.mailappliance.connector.api.Frame;

/** A command that reads the client's next frame itself (AUTHINFO SASL, POST's article): it is not a command. */
@FunctionalInterface
public interface Continuation {

    void received(Frame frame);

    /** The connection ended before the frame came (a peer dropped mid-article): give back what was held. */
    default void abandoned() {
    }
}
