package org.mailappliance.connector.ra.dispatch;

import java.util.function.Consumer;
import org.mailappliance.connector.api.ProtocolListener;

/** Obtains a listener for one call and runs the call on the current thread. */
@FunctionalInterface
public interface ListenerInvoker {

    void invoke(Consumer<ProtocolListener> call) throws Exception;

    /** A plain listener object (tests, or a listener outside any container). */
    static ListenerInvoker of(ProtocolListener listener) {
        return call -> call.accept(listener);
    }
}
