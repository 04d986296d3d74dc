package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.mailappliance.mailstore.acl.AccessControlList;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** Users of virtual domains ({@code alice@example.com}) own {@code example.com!user.alice} and its folders. */
class VirtualDomainMailboxesTest {

    @StoreTest
    void aDomainUserIsCreatedUnderItsDomain(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        Mailboxes mailboxes = s.mailboxes();

        Mailbox inbox = mailboxes.createUser("alice@example.com");
        mailboxes.createUser("alice");

        assertThat(inbox.name()).isEqualTo("example.com!user.alice");
        assertThat(inbox.acl()).isEqualTo("alice@example.com\tlrswipkxtecdan\t");
        assertThat(s.spool("domain/example.com/user/alice")).isDirectory();
        assertThat(s.spool("user/alice")).isDirectory();
        assertThat(s.lines()).contains("MAILBOX example.com!user.alice", "MAILBOX user.alice");
        assertThat(mailboxes.list("example.com!").stream().map(Mailbox::name))
                .containsExactly("example.com!user.alice");
    }

    @StoreTest
    void theOwnerCreatesFoldersAndOtherDomainsDoNotLeakIn(TestBackend backend) {
        Mailboxes mailboxes = LoggedStore.open(backend, MailboxSettings.defaults()).mailboxes();
        mailboxes.createUser("alice@example.com");
        // a shared mailbox "example" in the default domain must not pass as an ancestor of example.com!...
        mailboxes.create("example", null, null, Identity.SYSTEM);
        mailboxes.setAcl("example", "anyone", "lrswipkxtecdan", Identity.SYSTEM);
        Identity alice = Identity.user("alice@example.com");

        Mailbox sent = mailboxes.create("example.com!user.alice.Sent", null, null, alice);

        assertThat(sent.acl()).isEqualTo("alice@example.com\tlrswipkxtecdan\t");
        assertThatThrownBy(() -> mailboxes.create("example.com!shared", null, null, alice))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("no parent");
        assertThatThrownBy(() -> mailboxes.create("example.com!user", null, null, Identity.admin("cyrus")))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("reserved");
    }

    @StoreTest
    void aDomainAdminCreatesInItsDomainOnly(TestBackend backend) {
        Mailboxes mailboxes = LoggedStore.open(backend, MailboxSettings.defaults()).mailboxes();
        Identity boss = new AclPolicy(Set.of("boss@example.com"), Rights.parse("lkxan"), AccessControlList.EMPTY)
                .identify("boss@example.com", Set.of());

        assertThat(mailboxes.create("example.com!lists", null, null, boss).acl()).isEqualTo("anyone\tlrs\t");
        assertThatThrownBy(() -> mailboxes.create("example.org!lists", null, null, boss))
                .isInstanceOf(MailboxPermissionException.class);
        assertThatThrownBy(() -> mailboxes.create("lists", null, null, boss))
                .isInstanceOf(MailboxPermissionException.class);
    }
}
