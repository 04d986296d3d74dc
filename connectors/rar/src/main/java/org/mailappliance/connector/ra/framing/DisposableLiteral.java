package org.mailappliance.connector.ra.framing;

import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Literal;

/** A literal the adapter frees once the listener call that received it has returned. */
public interface DisposableLiteral extends Literal {

    /** Whether the octets live on the heap (false: in a spool file). */
    boolean inMemory();

    /** Frees the octets; deletes the spool file unless {@link #moveTo} claimed it. Idempotent. */
    void dispose();

    /** Frees every literal of a frame. */
    static void disposeAll(Frame frame) {
        for (Literal literal : frame.literals()) {
            if (literal instanceof DisposableLiteral disposable) {
                disposable.dispose();
            }
        }
    }
}
