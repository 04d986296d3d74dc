package org.mailappliance.connector.ra.dispatch;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.ProtocolListener;

/**
 * Hands each call to a worker pool, with at most {@code maxConcurrent} calls in flight: that is the MDB pool size,
 * so {@code createEndpoint} rarely finds the pool exhausted.
 */
public final class GatedDispatcher implements Dispatcher {

    private static final Logger LOG = Logger.getLogger(GatedDispatcher.class.getName());
    private static final long RETRY_MILLIS = 10;

    private final Executor workers;
    private final ListenerInvoker invoker;
    private final ConcurrencyGate gate;

    public GatedDispatcher(Executor workers, ListenerInvoker invoker, int maxConcurrent) {
        this.workers = workers;
        this.invoker = invoker;
        this.gate = new ConcurrencyGate(maxConcurrent);
    }

    @Override
    public void dispatch(Executor retryOn, Consumer<ProtocolListener> call, Consumer<Throwable> done) {
        gate.whenAvailable(() -> submit(retryOn, call, done));
    }

    ConcurrencyGate gate() {
        return gate;
    }

    private void submit(Executor retryOn, Consumer<ProtocolListener> call, Consumer<Throwable> done) {
        try {
            workers.execute(() -> run(call, done));
        } catch (RejectedExecutionException busy) {
            // the permit stays taken: the call is only postponed, never dropped
            LOG.log(Level.FINE, "worker pool refused a call, retrying", busy);
            if (retryOn instanceof ScheduledExecutorService scheduler) {
                scheduler.schedule(() -> submit(retryOn, call, done), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                retryOn.execute(() -> submit(retryOn, call, done));
            }
        }
    }

    private void run(Consumer<ProtocolListener> call, Consumer<Throwable> done) {
        Throwable failure = null;
        try {
            invoker.invoke(call);
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            gate.release();
        }
        done.accept(failure);
    }
}
