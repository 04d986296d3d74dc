package org.mailappliance.mailstore;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Opens once, or fails once; the first outcome is final. Waiters see whichever came first. */
final class ReadinessLatch {
    private final CountDownLatch settled = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile boolean open;

    synchronized void open() {
        if (settled.getCount() > 0) {
            open = true;
            settled.countDown();
        }
    }

    synchronized void fail(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        if (settled.getCount() > 0) {
            failure = cause;
            settled.countDown();
        }
    }

    boolean isReady() {
        return open;
    }

    boolean awaitReady(Duration timeout) throws InterruptedException {
        if (!settled.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        if (failure != null) {
            throw new IllegalStateException("the mail store failed to start: " + failure.getMessage(), failure);
        }
        return true;
    }
}
