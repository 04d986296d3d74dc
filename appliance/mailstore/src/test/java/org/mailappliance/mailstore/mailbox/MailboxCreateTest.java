package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.quota.QuotaRoot;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class MailboxCreateTest {
    private static final Identity FRED = Identity.user("fred");
    private static final Identity ADMIN = Identity.admin("cyrus");

    @StoreTest
    void aChildStartsWithItsNearestAncestorsAclAndPartition(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        Mailboxes mailboxes = s.mailboxes();
        mailboxes.createUser("fred");
        mailboxes.setAcl("user.fred", "bob", "lr", FRED);
        s.lines();

        Mailbox work = mailboxes.create("user.fred.Work", null, "\\Archive", FRED);
        Mailbox deep = mailboxes.create("user.fred.a.b", null, null, FRED);

        assertThat(work.acl()).isEqualTo("fred\tlrswipkxtecdan\tbob\tlr\t");
        assertThat(work.specialUse()).isEqualTo("\\Archive");
        assertThat(work.partition()).isEqualTo("default");
        assertThat(deep.acl()).isEqualTo(work.acl());
        assertThat(s.spool("user/fred/a/b")).isDirectory();
        assertThat(s.lines()).containsExactly("MAILBOX user.fred.Work", "MAILBOX user.fred.a.b");
    }

    @StoreTest
    void topLevelMailboxesGetDefaultaclAndOnlyAdminsCreateThem(TestBackend backend) {
        Mailboxes mailboxes = LoggedStore.open(backend, MailboxSettings.defaults()).mailboxes();
        mailboxes.createUser("fred");

        assertThatThrownBy(() -> mailboxes.create("shared", null, null, FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("no parent");
        Mailbox shared = mailboxes.create("shared", null, null, ADMIN);
        assertThat(shared.acl()).isEqualTo("anyone\tlrs\t");
        assertThatThrownBy(() -> mailboxes.create("shared.x", null, null, FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("needs k");
        assertThatThrownBy(() -> mailboxes.create("user.fred.p", "default", null, FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("partition");
        assertThat(mailboxes.create("user.fred.p", "default", null, ADMIN).name()).isEqualTo("user.fred.p");
    }

    @StoreTest
    void reservedAndMalformedNamesAreRefused(TestBackend backend) {
        Mailboxes mailboxes = LoggedStore.open(backend, MailboxSettings.defaults()).mailboxes();

        assertThatThrownBy(() -> mailboxes.create("user", null, null, ADMIN)).isInstanceOf(BadMailboxNameException.class);
        assertThatThrownBy(() -> mailboxes.create("DELETED.x", null, null, ADMIN))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> mailboxes.create("a..b", null, null, ADMIN))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("empty component");
        assertThatThrownBy(() -> mailboxes.create("a\nb", null, null, ADMIN))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("control");
        assertThatThrownBy(() -> mailboxes.create("shared", "nowhere", null, ADMIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such partition");
    }

    @StoreTest
    void creatingAnExistingMailboxPublishesNothing(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        s.mailboxes().createUser("fred");
        List<Object> heard = new java.util.ArrayList<>();
        s.store.events().subscribe(heard::add);
        s.lines();

        assertThatThrownBy(() -> s.mailboxes().create("user.fred", null, null, ADMIN))
                .isInstanceOf(MailboxExistsException.class);

        assertThat(heard).isEmpty();
        assertThat(s.lines()).isEmpty();
    }

    @StoreTest
    void listenersSeeTheCommittedChange(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        List<Boolean> visible = new java.util.ArrayList<>();
        s.store.events().subscribe(e -> visible.add(s.mailboxes().exists("user.fred")));

        s.mailboxes().createUser("fred");

        // read on another pooled connection: only committed rows are visible there
        assertThat(visible).containsExactly(true, true);
    }

    @StoreTest
    void userCreationFollowsAutocreate(TestBackend backend) throws Exception {
        ImapdConf conf = ImapdConf.of(Map.of("autocreate_inbox_folders", "Sent | Drafts|Archive/2024|Spam",
                "autocreate_subscribe_folders", "Sent|Archive/2024", "xlist-sent", "Sent", "xlist-drafts", "Drafts",
                "xlist-junk", "Spam", "autocreate_quota", "1000", "autocreate_quota_messages", "50"));
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.from(conf));

        Mailbox inbox = s.mailboxes().createUser("fred");

        assertThat(s.mailboxes().list("user.fred")).extracting(Mailbox::name).containsExactly("user.fred",
                "user.fred.Archive.2024", "user.fred.Drafts", "user.fred.Sent", "user.fred.Spam");
        assertThat(s.mailboxes().require("user.fred.Sent").specialUse()).isEqualTo("\\Sent");
        assertThat(s.mailboxes().require("user.fred.Spam").specialUse()).isEqualTo("\\Junk");
        assertThat(s.mailboxes().require("user.fred.Archive.2024").specialUse()).isNull();
        assertThat(s.mailboxes().require("user.fred.Drafts").acl()).isEqualTo("fred\tlrswipkxtecdan\t");
        assertThat(s.store.subscriptions().of("fred")).containsExactly("user.fred", "user.fred.Archive.2024",
                "user.fred.Sent");
        assertThat(s.store.quotas().get("user.fred")).contains(new QuotaRoot("user.fred", 1000, 50, 0, 0));
        assertThat(inbox.quotaRoot()).isEqualTo("user.fred");
        assertThat(s.mailboxes().require("user.fred.Sent").quotaRoot()).isEqualTo("user.fred");
        assertThat(s.lines()).containsExactly("MAILBOX user.fred", "SUB fred user.fred", "MAILBOX user.fred.Sent",
                "SUB fred user.fred.Sent", "MAILBOX user.fred.Drafts", "MAILBOX user.fred.Archive.2024",
                "SUB fred user.fred.Archive.2024", "MAILBOX user.fred.Spam", "QUOTA user.fred");
    }

    @StoreTest
    void aFailedUserCreationLeavesNothing(TestBackend backend) throws Exception {
        ImapdConf conf = ImapdConf.of(Map.of("autocreate_inbox_folders", "Sent|Sent"));
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.from(conf));

        assertThatThrownBy(() -> s.mailboxes().createUser("fred")).isInstanceOf(MailboxExistsException.class);

        assertThat(s.mailboxes().list("")).isEmpty();
        assertThat(s.store.subscriptions().of("fred")).isEmpty();
        assertThat(s.lines()).isEmpty();
    }

    @StoreTest
    void aclOperationsCheckTheAdministerRight(TestBackend backend) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults());
        Mailboxes mailboxes = s.mailboxes();
        mailboxes.createUser("fred");
        Identity bob = Identity.user("bob");
        s.lines();

        assertThatThrownBy(() -> mailboxes.getAcl("user.fred", bob)).isInstanceOf(NoSuchMailboxException.class);
        assertThatThrownBy(() -> mailboxes.myRights("user.fred", bob)).isInstanceOf(NoSuchMailboxException.class);
        mailboxes.setAcl("user.fred", "bob", "lr", FRED);
        assertThatThrownBy(() -> mailboxes.getAcl("user.fred", bob)).isInstanceOf(MailboxPermissionException.class)
                .hasMessageContaining("needs a");
        assertThat(mailboxes.myRights("user.fred", bob).format()).isEqualTo("lr");
        assertThat(mailboxes.setAcl("user.fred", "bob", "+s", FRED).format())
                .isEqualTo("fred\tlrswipkxtecdan\tbob\tlrs\t");
        assertThat(mailboxes.setAcl("user.fred", "-bob", "s", FRED).format())
                .isEqualTo("fred\tlrswipkxtecdan\tbob\tlrs\t-bob\ts\t");
        assertThat(mailboxes.myRights("user.fred", bob).format()).isEqualTo("lr");
        assertThat(mailboxes.deleteAcl("user.fred", "fred", FRED).format()).isEqualTo("fred\tlkxcan\tbob\tlrs\t-bob\ts\t");
        assertThat(mailboxes.getAcl("user.fred", ADMIN).format()).isEqualTo("fred\tlkxcan\tbob\tlrs\t-bob\ts\t");
        assertThat(mailboxes.list("", bob)).extracting(Mailbox::name).containsExactly("user.fred");
        assertThat(mailboxes.list("", Identity.user("carol"))).isEmpty();
        assertThat(s.lines()).containsExactly("MAILBOX user.fred", "MAILBOX user.fred", "MAILBOX user.fred",
                "MAILBOX user.fred");
    }
}
