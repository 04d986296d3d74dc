package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class MailboxNamesTest {

    @Test
    void userInboxesLiveUnderUser() {
        assertThat(MailboxNames.userInbox("alice")).isEqualTo("user.alice");
        assertThat(MailboxNames.userInbox("john.doe")).isEqualTo("user.john^doe");
    }

    @Test
    void eachNameComponentIsADirectory() {
        assertThat(MailboxNames.relativeDirectory("user.alice")).isEqualTo(Path.of("user", "alice"));
        assertThat(MailboxNames.relativeDirectory("user.alice.Sent")).isEqualTo(Path.of("user", "alice", "Sent"));
        assertThat(MailboxNames.relativeDirectory("user.john^doe")).isEqualTo(Path.of("user", "john^doe"));
    }

    @Test
    void namesThatWouldEscapeThePartitionAreRefused() {
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("user..alice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("user.a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory(".user")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("example.com!user.bob")).isInstanceOf(IllegalArgumentException.class);
    }
}
