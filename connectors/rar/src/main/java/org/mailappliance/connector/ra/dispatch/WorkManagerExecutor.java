package org.mailappliance.connector.ra.dispatch;

import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Runs tasks as JCA {@link Work}s, so every thread the adapter uses comes from the application server. */
public final class WorkManagerExecutor implements Executor {

    private final WorkManager workManager;

    public WorkManagerExecutor(WorkManager workManager) {
        this.workManager = workManager;
    }

    @Override
    public void execute(Runnable task) {
        try {
            workManager.scheduleWork(new RunnableWork(task));
        } catch (WorkException e) {
            RejectedExecutionException rejected = new RejectedExecutionException("WorkManager refused work", e);
            throw rejected;
        }
    }

    private record RunnableWork(Runnable task) implements Work {
        @Override
        public void run() {
            task.run();
        }

        @Override
        public void release() {
            // event loops end when their group shuts down; calls are short
        }
    }
}
