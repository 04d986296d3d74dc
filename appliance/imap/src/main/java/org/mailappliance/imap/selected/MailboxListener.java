package org.mailappliance.imap.selected;

import java.util.function.BooleanSupplier;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.events.Subscription;

/**
 * Listens to the store for one mailbox and queues what changed in {@link PendingChanges}. SELECT subscribes it
 * before reading the mailbox, so nothing committed between that read and the view's first report is missed.
 * Events arrive on the committing threads; after queueing, the view is poked ({@link #onChange}) so that an idling
 * session can push at once.
 */
final class MailboxListener implements AutoCloseable {
    private final String internalName;
    private final PendingChanges pending = new PendingChanges();
    private final Subscription subscription;
    private volatile Runnable onChange;
    private final BooleanSupplier ownCommandRunning;

    private MailboxListener(ChangeEvents events, String internalName, BooleanSupplier ownCommandRunning) {
        this.internalName = internalName;
        this.ownCommandRunning = ownCommandRunning;
        // per-mailbox: a delivery elsewhere does not touch this session at all
        this.subscription = events.subscribe(internalName, this::changed);
    }

    /**
     * @param ownCommandRunning whether the current thread runs a command of the session this listener belongs to:
     *                          flag changes published then are the session's own (it answers them itself)
     */
    static MailboxListener subscribe(ChangeEvents events, String internalName, BooleanSupplier ownCommandRunning) {
        return new MailboxListener(events, internalName, ownCommandRunning);
    }

    PendingChanges pending() {
        return pending;
    }

    /** What to run after an event for this mailbox was queued (on the committing thread). */
    void onChange(Runnable action) {
        this.onChange = action;
    }

    private void changed(ChangeEvent event) {
        noteModSeq(event);
        if (event instanceof ChangeEvent.MessagesAppended e && e.mailbox().equals(internalName)) {
            pending.appended();
        } else if (event instanceof ChangeEvent.MessagesExpunged e && e.mailbox().equals(internalName)) {
            pending.expunged(e.uids());
        } else if (event instanceof ChangeEvent.FlagsChanged e && e.mailbox().equals(internalName)) {
            if (ownCommandRunning.getAsBoolean()) {
                return;
            }
            pending.flagsChanged(e.uids());
        } else if (event instanceof ChangeEvent.MailboxDeleted e && e.mailbox().equals(internalName)) {
            pending.gone();
        } else if (event instanceof ChangeEvent.MailboxRenamed e && e.from().equals(internalName)) {
            pending.gone();
        } else {
            return;
        }
        Runnable action = onChange;
        if (action != null) {
            action.run();
        }
    }

    private void noteModSeq(ChangeEvent event) {
        if (event instanceof ChangeEvent.MessagesAppended e && e.mailbox().equals(internalName)) {
            pending.sawModSeq(e.modseq());
        } else if (event instanceof ChangeEvent.MessagesExpunged e && e.mailbox().equals(internalName)) {
            pending.sawModSeq(e.modseq());
        } else if (event instanceof ChangeEvent.FlagsChanged e && e.mailbox().equals(internalName)) {
            pending.sawModSeq(e.modseq());
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
