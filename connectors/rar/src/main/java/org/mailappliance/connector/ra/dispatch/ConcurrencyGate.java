package org.mailappliance.connector.ra.dispatch;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A semaphore that never blocks: a task that finds no permit waits in a FIFO queue and is run by the thread that
 * frees the next permit. Keeps at most {@code permits} listener calls in flight without parking worker threads.
 */
public final class ConcurrencyGate {

    private final int permits;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inUse;

    public ConcurrencyGate(int permits) {
        if (permits <= 0) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        this.permits = permits;
    }

    /** Runs {@code task} now if a permit is free (the task then owns it), or later when one is released. */
    public void whenAvailable(Runnable task) {
        synchronized (this) {
            if (inUse >= permits) {
                waiting.add(task);
                return;
            }
            inUse++;
        }
        task.run();
    }

    /** Returns a permit, handing it straight to the longest-waiting task if any. */
    public void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inUse--;
                return;
            }
        }
        next.run();
    }

    public synchronized int inUse() {
        return inUse;
    }

    public synchronized int waiting() {
        return waiting.size();
    }
}
