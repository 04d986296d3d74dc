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
    void aDomainUsersMailboxesCarryTheDomainBeforeABang() {
        assertThat(MailboxNames.userInbox("john.doe@example.com")).isEqualTo("example.com!user.john^doe");
        assertThat(MailboxNames.domainOf("example.com!user.alice.Sent")).isEqualTo("example.com");
        assertThat(MailboxNames.domainOf("user.alice")).isNull();
        assertThat(MailboxNames.withinDomain("example.com!user.alice")).isEqualTo("user.alice");
        assertThat(MailboxNames.inDomain("example.com", "lists")).isEqualTo("example.com!lists");
        assertThat(MailboxNames.isUserInbox("example.com!user.alice")).isTrue();
        assertThat(MailboxNames.requireValid("example.com!user.alice")).isEqualTo("example.com!user.alice");
        assertThatThrownBy(() -> MailboxNames.requireValid("Example.com!user.alice"))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("domain");
    }

    @Test
    void theDotsOfADomainAreNotHierarchy() {
        assertThat(MailboxTree.parent("example.com!user.alice")).isEqualTo("example.com!user");
        assertThat(MailboxTree.parent("example.com!user")).isNull();
        assertThat(MailboxTree.selfAndAncestors("example.com!lists.a"))
                .containsExactly("example.com!lists.a", "example.com!lists");
    }

    @Test
    void eachNameComponentIsADirectory() {
        assertThat(MailboxNames.relativeDirectory("user.alice")).isEqualTo(Path.of("user", "alice"));
        assertThat(MailboxNames.relativeDirectory("user.alice.Sent")).isEqualTo(Path.of("user", "alice", "Sent"));
        assertThat(MailboxNames.relativeDirectory("user.john^doe")).isEqualTo(Path.of("user", "john^doe"));
        assertThat(MailboxNames.relativeDirectory("example.com!user.bob.Sent"))
                .isEqualTo(Path.of("domain", "example.com", "user", "bob", "Sent"));
    }

    @Test
    void namesThatWouldEscapeThePartitionAreRefused() {
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("user..alice")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("user.a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory(".user")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("a/b!user.bob")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxNames.relativeDirectory("..!user.bob")).isInstanceOf(IllegalArgumentException.class);
    }
}
