package org.mailappliance.connector.ra.netty;

import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.connector.ra.framing.DisposableLiteral;

/** One pending call of a connection's listener, and what happens to the connection afterwards. */
final class ListenerCall {

    enum Kind { CONNECTED, RECEIVED, TIMED_OUT, REFUSED, DISCONNECTED }

    final Kind kind;
    private final Frame frame;
    private final String reason;

    private ListenerCall(Kind kind, Frame frame, String reason) {
        this.kind = kind;
        this.frame = frame;
        this.reason = reason;
    }

    static ListenerCall connected() {
        return new ListenerCall(Kind.CONNECTED, null, null);
    }

    static ListenerCall received(Frame frame) {
        return new ListenerCall(Kind.RECEIVED, frame, null);
    }

    static ListenerCall timedOut() {
        return new ListenerCall(Kind.TIMED_OUT, null, null);
    }

    static ListenerCall refused(String reason) {
        return new ListenerCall(Kind.REFUSED, null, reason);
    }

    static ListenerCall disconnected() {
        return new ListenerCall(Kind.DISCONNECTED, null, null);
    }

    void invoke(ProtocolListener listener, Connection connection) {
        switch (kind) {
            case CONNECTED -> listener.connected(connection);
            case RECEIVED -> listener.received(connection, frame);
            case TIMED_OUT -> listener.timedOut(connection);
            case REFUSED -> listener.refused(connection, reason);
            case DISCONNECTED -> listener.disconnected(connection);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    /** Whether the adapter closes the connection once the listener has answered. */
    boolean closesAfter() {
        return switch (kind) {
            case TIMED_OUT, REFUSED -> true;
            case RECEIVED -> frame.violation() != null && frame.violation().fatal();
            default -> false;
        };
    }

    /** Frees the frame's literals (spool files not claimed by the listener). */
    void dispose() {
        if (frame != null) {
            DisposableLiteral.disposeAll(frame);
        }
    }

    @Override
    public String toString() {
        return kind + (frame == null ? "" : " " + frame);
    }
}
