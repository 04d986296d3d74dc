package org.mailappliance.mailstore.events;

import java.util.List;

import org.mailappliance.mailstore.events.ChangeEvent.AclChanged;
import org.mailappliance.mailstore.events.ChangeEvent.AnnotationChanged;
import org.mailappliance.mailstore.events.ChangeEvent.FlagsChanged;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxCreated;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxDeleted;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxRenamed;
import org.mailappliance.mailstore.events.ChangeEvent.MessagesAppended;
import org.mailappliance.mailstore.events.ChangeEvent.MessagesExpunged;
import org.mailappliance.mailstore.events.ChangeEvent.QuotaChanged;
import org.mailappliance.mailstore.events.ChangeEvent.SeenChanged;
import org.mailappliance.mailstore.events.ChangeEvent.SubscriptionChanged;
import org.mailappliance.mailstore.events.ChangeEvent.UserCreated;
import org.mailappliance.mailstore.events.ChangeEvent.UserDeleted;

/** Which sync_log lines Cyrus writes for each kind of change (imap/sync_log.h macros). */
public final class SyncLogMapping {
    private SyncLogMapping() {
    }

    public static List<SyncLogLine> linesFor(ChangeEvent event) {
        if (event instanceof MessagesAppended e) {
            return List.of(SyncLogLine.of("APPEND", e.mailbox()));
        } else if (event instanceof FlagsChanged e) {
            return List.of(SyncLogLine.of("MAILBOX", e.mailbox()));
        } else if (event instanceof MessagesExpunged e) {
            return List.of(SyncLogLine.of("MAILBOX", e.mailbox()));
        } else if (event instanceof MailboxCreated e) {
            return List.of(SyncLogLine.of("MAILBOX", e.mailbox()));
        } else if (event instanceof MailboxDeleted e) {
            return List.of(SyncLogLine.of("UNMAILBOX", e.mailbox()));
        } else if (event instanceof MailboxRenamed e) {
            // sync_log_rename: the replica matches by uniqueid, and both names need a state sync afterwards
            return List.of(SyncLogLine.of("RENAME", e.from(), e.to()), SyncLogLine.of("MAILBOX", e.from()),
                    SyncLogLine.of("MAILBOX", e.to()));
        } else if (event instanceof AclChanged e) {
            return List.of(SyncLogLine.of("MAILBOX", e.mailbox()));
        } else if (event instanceof QuotaChanged e) {
            return List.of(SyncLogLine.of("QUOTA", e.root()));
        } else if (event instanceof AnnotationChanged e) {
            return List.of(SyncLogLine.of("ANNOTATION", e.mailbox()));
        } else if (event instanceof SeenChanged e) {
            return List.of(SyncLogLine.of("SEEN", e.user(), e.mailbox()));
        } else if (event instanceof SubscriptionChanged e) {
            return List.of(SyncLogLine.of("SUB", e.user(), e.mailbox()));
        } else if (event instanceof UserCreated e) {
            return List.of(SyncLogLine.of("USER", e.user()));
        } else if (event instanceof UserDeleted e) {
            return List.of(SyncLogLine.of("UNUSER", e.user()));
        }
        throw new IllegalArgumentException("no sync_log mapping for " + event);
    }
}
