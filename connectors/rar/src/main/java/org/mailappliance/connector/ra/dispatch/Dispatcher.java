package org.mailappliance.connector.ra.dispatch;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.mailappliance.connector.api.ProtocolListener;

/** Runs listener calls on worker threads, never on the event loop that asks for them. */
public interface Dispatcher {

    /**
     * Runs {@code call} against a listener on a worker thread, then {@code done} on that thread with null, or with
     * what the call (or obtaining a listener) threw. Never blocks the caller.
     *
     * @param retryOn where to retry later should the worker pool refuse the task for now
     */
    void dispatch(Executor retryOn, Consumer<ProtocolListener> call, Consumer<Throwable> done);
}
