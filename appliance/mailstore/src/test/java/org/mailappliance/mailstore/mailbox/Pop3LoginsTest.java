package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class Pop3LoginsTest {

    @StoreTest
    void aSecondLoginWithinMinPollIsRefusedAndNotRecorded(TestBackend backend) {
        MailStore store = backend.openStore();
        store.mailboxes().createUser("alice");
        Pop3Logins logins = store.pop3Logins();
        Instant t0 = Instant.parse("2026-11-28T12:00:00Z");
        Duration tenMinutes = Duration.ofMinutes(10);

        assertThat(logins.tryLogin("user.alice", tenMinutes, t0)).isTrue();
        assertThat(logins.tryLogin("user.alice", tenMinutes, t0.plusSeconds(599))).isFalse();
        assertThat(logins.tryLogin("user.alice", tenMinutes, t0.plusSeconds(600))).isTrue();
        assertThat(logins.tryLogin("user.alice", tenMinutes, t0.plusSeconds(900))).as("counted from the last login")
                .isFalse();
        assertThat(logins.tryLogin("user.alice", Duration.ZERO, t0.plusSeconds(901))).isTrue();
        assertThatThrownBy(() -> logins.tryLogin("user.nobody", tenMinutes, t0))
                .isInstanceOf(NoSuchMailboxException.class);
    }
}
