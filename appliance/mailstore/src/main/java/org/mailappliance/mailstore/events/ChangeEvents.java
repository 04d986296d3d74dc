package org.mailappliance.mailstore.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Sessions watching one mailbox (IMAP selected state, thousands in IDLE): found by name, not by scanning. */
    private final Map<String, Set<ChangeListener>> byMailbox = new ConcurrentHashMap<>();

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

    /**
     * Tells {@code listener} only about events naming {@code mailbox} (both names of a rename). Registering and
     * dispatching cost the same however many mailboxes are watched.
     */
    public Subscription subscribe(String mailbox, ChangeListener listener) {
        byMailbox.computeIfAbsent(mailbox, k -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> byMailbox.computeIfPresent(mailbox, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
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
                tell(listener, event);
            }
            if (!byMailbox.isEmpty()) {
                for (String mailbox : mailboxesOf(event)) {
                    Set<ChangeListener> watching = byMailbox.get(mailbox);
                    if (watching != null) {
                        for (ChangeListener listener : watching) {
                            tell(listener, event);
                        }
                    }
                }
            }
        }
    }

    private static void tell(ChangeListener listener, ChangeEvent event) {
        try {
            listener.changed(event);
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vme) {
                throw vme;
            }
            LOG.log(Level.WARNING, "change listener " + listener + " failed on " + event, e);
        }
    }

    /** The mailboxes an event is about (none for user and quota events). */
    static List<String> mailboxesOf(ChangeEvent event) {
        // Java 17: no pattern matching in switch yet
        if (event instanceof ChangeEvent.MessagesAppended e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.FlagsChanged e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.MessagesExpunged e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.MailboxCreated e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.MailboxDeleted e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.MailboxRenamed e) {
            return List.of(e.from(), e.to());
        } else if (event instanceof ChangeEvent.AclChanged e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.AnnotationChanged e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.SeenChanged e) {
            return List.of(e.mailbox());
        } else if (event instanceof ChangeEvent.SubscriptionChanged e) {
            return List.of(e.mailbox());
        }
        return List.of();
    }
}
