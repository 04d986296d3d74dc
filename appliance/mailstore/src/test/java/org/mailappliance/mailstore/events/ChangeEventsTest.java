package org.mailappliance.mailstore.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeEventsTest {
    @TempDir
    Path config;

    @Test
    void listenersHearEveryEventInOrderAfterTheSyncLogHasIt() throws Exception {
        SyncLog log = SyncLog.of(config, List.of(""));
        ChangeEvents events = new ChangeEvents(log);
        List<String> heard = new ArrayList<>();
        events.subscribe(e -> heard.add(e + " logged=" + java.nio.file.Files.exists(log.logFile(""))));

        events.publishAll(List.of(new ChangeEvent.MailboxCreated("user.a"), new ChangeEvent.AclChanged("user.a")));

        assertThat(heard).containsExactly("MailboxCreated[mailbox=user.a] logged=true",
                "AclChanged[mailbox=user.a] logged=true");
    }

    @Test
    void aFailingListenerIsLoggedAndTheOthersStillHear() {
        ChangeEvents events = ChangeEvents.withoutSyncLog();
        List<ChangeEvent> heard = new ArrayList<>();
        events.subscribe(e -> {
            throw new IllegalStateException("listener bug");
        });
        events.subscribe(heard::add);

        events.publish(new ChangeEvent.UserCreated("fred"));

        assertThat(heard).containsExactly(new ChangeEvent.UserCreated("fred"));
    }

    @Test
    void closingTheSubscriptionStopsNotifications() {
        ChangeEvents events = ChangeEvents.withoutSyncLog();
        List<ChangeEvent> heard = new ArrayList<>();
        Subscription subscription = events.subscribe(heard::add);
        events.publish(new ChangeEvent.UserCreated("a"));

        subscription.close();
        events.publish(new ChangeEvent.UserCreated("b"));

        assertThat(heard).containsExactly(new ChangeEvent.UserCreated("a"));
    }

    @Test
    void arrayCarryingEventsCompareByContent() {
        assertThat(new ChangeEvent.FlagsChanged("m", new long[] {1, 2}, 3))
                .isEqualTo(new ChangeEvent.FlagsChanged("m", new long[] {1, 2}, 3))
                .isNotEqualTo(new ChangeEvent.FlagsChanged("m", new long[] {1}, 3));
    }

    @Test
    void mailboxListenersHearOnlyTheirMailboxAndStopWhenClosed() {
        ChangeEvents events = ChangeEvents.withoutSyncLog();
        List<ChangeEvent> inbox = new ArrayList<>();
        List<ChangeEvent> sent = new ArrayList<>();
        Subscription s1 = events.subscribe("user.a", inbox::add);
        events.subscribe("user.a.Sent", sent::add);

        events.publishAll(List.of(new ChangeEvent.MessagesAppended("user.a", 1, 2, 5),
                new ChangeEvent.FlagsChanged("user.a.Sent", new long[] {1}, 6),
                new ChangeEvent.MailboxRenamed("user.a.Sent", "user.a.Old"),
                new ChangeEvent.UserCreated("b")));
        s1.close();
        events.publish(new ChangeEvent.MessagesExpunged("user.a", new long[] {1}, 7));

        assertThat(inbox).containsExactly(new ChangeEvent.MessagesAppended("user.a", 1, 2, 5));
        assertThat(sent).containsExactly(new ChangeEvent.FlagsChanged("user.a.Sent", new long[] {1}, 6),
                new ChangeEvent.MailboxRenamed("user.a.Sent", "user.a.Old"));
    }
}
