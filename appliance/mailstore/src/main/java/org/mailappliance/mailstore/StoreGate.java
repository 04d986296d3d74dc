package org.mailappliance.mailstore;

import java.time.Duration;

/**
 * Process-wide "the store is ready" signal (one per class loader, so one per deployed application).
 * Payara opens protocol ports before the startup singleton has migrated the database; protocol handlers
 * wait here so that no command runs on an unmigrated schema. The startup code calls exactly one of
 * {@link #open()} or {@link #fail(Throwable)}; the first call wins and later ones are ignored.
 */
public final class StoreGate {
    private static final ReadinessLatch LATCH = new ReadinessLatch();

    private StoreGate() {
    }

    /** The store is migrated and usable. */
    public static void open() {
        LATCH.open();
    }

    /** The store cannot start; every waiter, now and later, gets this cause. */
    public static void fail(Throwable cause) {
        LATCH.fail(cause);
    }

    public static boolean isReady() {
        return LATCH.isReady();
    }

    /**
     * Waits until the store is ready.
     *
     * @return true when ready, false when the timeout passed first (or the thread was interrupted; the interrupt
     *         flag is then set again)
     * @throws IllegalStateException carrying the cause when startup failed
     */
    public static boolean awaitReady(Duration timeout) {
        try {
            return LATCH.awaitReady(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
