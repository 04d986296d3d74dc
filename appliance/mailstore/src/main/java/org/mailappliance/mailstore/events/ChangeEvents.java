package org.mailappliance.mailstore.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fans committed changes out: first to the sync_log (so replication never misses what a listener saw), then to
 * every live listener. One per store. Call {@link #publish} only after the transaction committed: a rolled-back
 * change must leave no trace.
 */
public final class ChangeEvents {
    private static final Logger LOG = Logger.getLogger(ChangeEvents.class.getName());

    private final SyncLog syncLog;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    public ChangeEvents(SyncLog syncLog) {
        this.syncLog = syncLog;
    }

    /** Events with no sync_log at all (tests, tools). */
    public static ChangeEvents withoutSyncLog() {
        return new ChangeEvents(SyncLog.disabled());
    }

    public SyncLog syncLog() {
        return syncLog;
    }

    public Subscription subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(ChangeEvent event) {
        publishAll(List.of(event));
    }

    /**
     * Writes the sync_log lines of all events, then tells the listeners in order. A listener that throws is logged
     * and skipped; the change already happened and the caller must not see it fail.
     */
    public void publishAll(List<? extends ChangeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        syncLog.appendAll(events);
        for (ChangeEvent event : events) {
            for (ChangeListener listener : listeners) {
                try {
                    listener.changed(event);
                } catch (RuntimeException | Error e) {
                    if (e instanceof VirtualMachineError vme) {
                        throw vme;
                    }
                    LOG.log(Level.WARNING, "change listener " + listener + " failed on " + event, e);
                }
            }
        }
    }
}
