package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.events.ChangeEvents;
import org.mailappliance.mailstore.events.SyncLog;
import org.mailappliance.mailstore.quota.QuotaRoot;
import org.mailappliance.mailstore.quota.Quotas;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class MailboxMovesTest {
    private static final Identity FRED = Identity.user("fred");
    private static final Identity ADMIN = Identity.admin("cyrus");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final String HEX = Long.toHexString(NOW.getEpochSecond()).toUpperCase();

    /** fred with user.fred.a and user.fred.a.b, one message file in each. */
    private static LoggedStore fredWithTree(TestBackend backend, DeleteMode mode) {
        LoggedStore s = LoggedStore.open(backend, MailboxSettings.defaults().withDeleteMode(mode));
        s.mailboxes().createUser("fred");
        s.mailboxes().create("user.fred.a", null, null, FRED);
        s.mailboxes().create("user.fred.a.b", null, null, FRED);
        s.messageFile("user.fred", 1, "inbox");
        s.messageFile("user.fred.a", 1, "a");
        s.messageFile("user.fred.a.b", 1, "b");
        s.lines();
        return s;
    }

    /** The same store's mailboxes with a frozen clock, sharing its events. */
    private static Mailboxes frozen(LoggedStore s) {
        MailStore store = s.store;
        return new Mailboxes(store.database(), store.partitions(), s.mailboxes().settings(), store.events(),
                store.quotas(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @StoreTest
    void renameMovesTheSubtreeAndKeepsIdentity(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        Mailbox a = s.mailboxes().require("user.fred.a");
        Mailbox b = s.mailboxes().require("user.fred.a.b");
        s.store.quotas().setLimits("user.fred.a", 100, QuotaRoot.UNLIMITED);
        s.store.database().inTransaction(c -> {
            s.store.quotas().charge(c, "user.fred.a.b", 2048, 1);
            return null;
        });
        s.store.annotations().set("user.fred.a.b", "/comment", "", "hello");
        s.lines();

        List<RenamedMailbox> moved = s.mailboxes().rename("user.fred.a", "user.fred.z", FRED);

        assertThat(moved).extracting(RenamedMailbox::from).containsExactly("user.fred.a", "user.fred.a.b");
        Mailbox z = s.mailboxes().require("user.fred.z");
        Mailbox zb = s.mailboxes().require("user.fred.z.b");
        assertThat(z.uniqueId()).isEqualTo(a.uniqueId());
        assertThat(z.uidValidity()).isEqualTo(a.uidValidity());
        assertThat(zb.uniqueId()).isEqualTo(b.uniqueId());
        assertThat(zb.id()).isEqualTo(b.id());
        assertThat(zb.acl()).isEqualTo(b.acl());
        assertThat(s.mailboxes().exists("user.fred.a")).isFalse();
        assertThat(s.spool("user/fred/z/1.")).hasContent("a");
        assertThat(s.spool("user/fred/z/b/1.")).hasContent("b");
        assertThat(s.spool("user/fred/a")).doesNotExist();
        assertThat(s.spool("user/fred/1.")).hasContent("inbox");
        assertThat(s.store.quotas().get("user.fred.a")).isEmpty();
        assertThat(s.store.quotas().get("user.fred.z")).contains(new QuotaRoot("user.fred.z", 100, -1, 2048, 1));
        assertThat(zb.quotaRoot()).isEqualTo("user.fred.z");
        assertThat(s.store.annotations().get("user.fred.z.b", "/comment", "")).contains("hello");
        assertThat(s.lines()).containsExactly("QUOTA user.fred.a", "QUOTA user.fred.z",
                "RENAME user.fred.a user.fred.z", "MAILBOX user.fred.a", "MAILBOX user.fred.z",
                "RENAME user.fred.a.b user.fred.z.b", "MAILBOX user.fred.a.b", "MAILBOX user.fred.z.b");
    }

    @StoreTest
    void renameUnderAnotherRootMovesTheUsage(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        s.mailboxes().createUser("bob");
        s.mailboxes().setAcl("user.bob", "fred", "lrk", Identity.user("bob"));
        s.store.quotas().setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        s.store.quotas().setLimits("user.bob", 1000, QuotaRoot.UNLIMITED);
        s.store.database().inTransaction(c -> {
            s.store.quotas().charge(c, "user.fred.a", 100, 1);
            s.store.quotas().charge(c, "user.fred.a.b", 10, 1);
            s.store.quotas().charge(c, "user.fred", 1, 1);
            return null;
        });

        s.mailboxes().rename("user.fred.a", "user.bob.fromfred", FRED);

        assertThat(s.store.quotas().get("user.fred").orElseThrow().usedBytes()).isEqualTo(1);
        assertThat(s.store.quotas().get("user.bob").orElseThrow().usedBytes()).isEqualTo(110);
        assertThat(s.store.quotas().get("user.bob").orElseThrow().usedMessages()).isEqualTo(2);
        assertThat(s.mailboxes().require("user.bob.fromfred.b").quotaRoot()).isEqualTo("user.bob");
    }

    @StoreTest
    void renameIntoARootWithoutRoomIsRefused(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        s.mailboxes().createUser("bob");
        s.mailboxes().setAcl("user.bob", "fred", "lrk", Identity.user("bob"));
        s.store.quotas().setLimits("user.bob", 1, QuotaRoot.UNLIMITED);
        s.store.database().inTransaction(c -> {
            s.store.quotas().charge(c, "user.fred.a.b", 2000, 1);
            return null;
        });
        s.lines();

        assertThatThrownBy(() -> s.mailboxes().rename("user.fred.a", "user.bob.x", FRED))
                .isInstanceOf(org.mailappliance.mailstore.quota.QuotaExceededException.class)
                .hasMessageContaining("user.bob");

        assertThat(s.mailboxes().exists("user.fred.a.b")).isTrue();
        assertThat(s.spool("user/fred/a/b/1.")).hasContent("b");
        assertThat(s.spool("user/bob/x")).doesNotExist();
        assertThat(s.store.quotas().get("user.bob").orElseThrow().usedBytes()).isZero();
        assertThat(s.lines()).isEmpty();
        assertThat(s.mailboxes().rename("user.fred.a", "user.bob.x", Identity.SYSTEM)).hasSize(2);
        assertThat(s.store.quotas().get("user.bob").orElseThrow().usedBytes()).isEqualTo(2000);
    }

    @StoreTest
    void aFailedRenameChangesNothing(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        s.mailboxes().create("user.fred.z.b", null, null, FRED);
        List<ChangeEvent> heard = new ArrayList<>();
        s.store.events().subscribe(heard::add);
        s.lines();

        assertThatThrownBy(() -> s.mailboxes().rename("user.fred.a", "user.fred.z", FRED))
                .isInstanceOf(MailboxExistsException.class).hasMessageContaining("user.fred.z.b");

        assertThat(heard).isEmpty();
        assertThat(s.lines()).isEmpty();
        assertThat(s.mailboxes().exists("user.fred.a.b")).isTrue();
        assertThat(s.spool("user/fred/a/b/1.")).hasContent("b");
        assertThat(s.spool("user/fred/z/1.")).doesNotExist();
    }

    @StoreTest
    void renameChecksNamesAndRights(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        Mailboxes mailboxes = s.mailboxes();

        assertThatThrownBy(() -> mailboxes.rename("user.fred.a", "user.fred.a.b.c", FRED))
                .isInstanceOf(BadMailboxNameException.class).hasMessageContaining("own subtree");
        assertThatThrownBy(() -> mailboxes.rename("user.fred.nope", "user.fred.x", FRED))
                .isInstanceOf(NoSuchMailboxException.class);
        assertThatThrownBy(() -> mailboxes.rename("user.fred.a", "user.fred.x", Identity.user("bob")))
                .isInstanceOf(NoSuchMailboxException.class);
        assertThatThrownBy(() -> mailboxes.rename("user.fred", "user.frederick", FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("INBOX");
        assertThatThrownBy(() -> mailboxes.rename("user.fred.a", "toplevel", FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("no parent");
        assertThat(mailboxes.rename("user.fred", "user.frederick", ADMIN)).hasSize(3);
        assertThat(mailboxes.require("user.frederick.a.b").name()).isEqualTo("user.frederick.a.b");
    }

    @StoreTest
    void immediateDeleteRemovesRowsAndFilesAndLeavesChildren(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.IMMEDIATE);
        s.store.quotas().setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        s.store.database().inTransaction(c -> {
            s.store.quotas().charge(c, "user.fred.a", 500, 2);
            s.store.quotas().charge(c, "user.fred.a.b", 7, 1);
            return null;
        });
        s.lines();

        assertThat(s.mailboxes().delete("user.fred.a", FRED)).containsExactly("user.fred.a");

        assertThat(s.mailboxes().exists("user.fred.a")).isFalse();
        assertThat(s.spool("user/fred/a/1.")).doesNotExist();
        assertThat(s.spool("user/fred/a/b/1.")).hasContent("b");
        assertThat(s.mailboxes().require("user.fred.a.b").name()).isEqualTo("user.fred.a.b");
        assertThat(s.store.quotas().get("user.fred").orElseThrow().usedBytes()).isEqualTo(7);
        assertThat(s.lines()).containsExactly("UNMAILBOX user.fred.a");
    }

    @StoreTest
    void deletingAUserRemovesEverythingOfIt(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.IMMEDIATE);
        s.store.quotas().setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        s.store.subscriptions().subscribe("fred", "shared.news");
        s.lines();

        assertThatThrownBy(() -> s.mailboxes().delete("user.fred", FRED))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("only administrators");
        assertThatThrownBy(() -> s.mailboxes().delete("user.fred", ADMIN))
                .isInstanceOf(MailboxPermissionException.class).hasMessageContaining("needs x");
        s.mailboxes().setAcl("user.fred", "cyrus", "+x", ADMIN);
        s.lines();

        assertThat(s.mailboxes().delete("user.fred", ADMIN)).containsExactly("user.fred", "user.fred.a",
                "user.fred.a.b");

        assertThat(s.mailboxes().list("user.fred")).isEmpty();
        assertThat(s.spool("user/fred")).doesNotExist();
        assertThat(s.store.quotas().get("user.fred")).isEmpty();
        assertThat(s.store.subscriptions().of("fred")).isEmpty();
        assertThat(s.lines()).containsExactly("QUOTA user.fred", "UNMAILBOX user.fred", "UNMAILBOX user.fred.a",
                "UNMAILBOX user.fred.a.b", "UNUSER fred");
    }

    @StoreTest
    void delayedDeleteRenamesIntoTheDeletedHierarchy(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        Mailbox a = s.mailboxes().require("user.fred.a");
        Mailboxes mailboxes = frozen(s);

        assertThat(mailboxes.delete("user.fred.a", FRED)).containsExactly("user.fred.a");

        String hidden = "DELETED.user.fred.a." + HEX;
        assertThat(HEX).isEqualTo("70DBD880");
        Mailbox deleted = mailboxes.find(hidden).orElseThrow();
        assertThat(deleted.state()).isEqualTo(MailboxState.DELETED);
        assertThat(deleted.uniqueId()).isEqualTo(a.uniqueId());
        assertThat(mailboxes.exists("user.fred.a")).isFalse();
        assertThat(mailboxes.list("user.fred")).extracting(Mailbox::name).containsExactly("user.fred", "user.fred.a.b");
        assertThat(mailboxes.listDeleted("DELETED.")).extracting(Mailbox::name).containsExactly(hidden);
        assertThat(s.spool("DELETED/user/fred/a/" + HEX + "/1.")).hasContent("a");
        assertThat(s.spool("user/fred/a/1.")).doesNotExist();
        assertThat(s.spool("user/fred/a/b/1.")).hasContent("b");
        assertThat(s.lines()).containsExactly("RENAME user.fred.a " + hidden, "MAILBOX user.fred.a",
                "MAILBOX " + hidden, "UNMAILBOX user.fred.a");
    }

    @StoreTest
    void delayedDeleteOfAUserHidesEveryMailboxAndAPurgeRemovesThem(TestBackend backend) {
        LoggedStore s = fredWithTree(backend, DeleteMode.DELAYED);
        Mailboxes mailboxes = frozen(s);
        mailboxes.setAcl("user.fred", "cyrus", "+x", ADMIN);
        s.lines();

        mailboxes.delete("user.fred", ADMIN);

        assertThat(mailboxes.list("")).isEmpty();
        assertThat(mailboxes.listDeleted("")).extracting(Mailbox::name).containsExactly(
                "DELETED.user.fred." + HEX, "DELETED.user.fred.a." + HEX, "DELETED.user.fred.a.b." + HEX);
        assertThat(s.spool("DELETED/user/fred/a/b/" + HEX + "/1.")).hasContent("b");
        assertThat(s.lines()).endsWith("UNMAILBOX user.fred.a.b", "UNUSER fred");

        // a second delete of the same name in the same second gets the next second's name
        mailboxes.createUser("fred");
        mailboxes.setAcl("user.fred", "cyrus", "+x", ADMIN);
        mailboxes.delete("user.fred", ADMIN);
        String next = Long.toHexString(NOW.getEpochSecond() + 1).toUpperCase();
        assertThat(mailboxes.find("DELETED.user.fred." + next)).isPresent();

        assertThatThrownBy(() -> mailboxes.delete("DELETED.user.fred.a." + HEX, FRED))
                .isInstanceOf(NoSuchMailboxException.class);
        assertThat(mailboxes.delete("DELETED.user.fred.a." + HEX, Identity.SYSTEM))
                .containsExactly("DELETED.user.fred.a." + HEX);
        assertThat(s.spool("DELETED/user/fred/a/" + HEX)).doesNotExist();
        assertThat(s.spool("DELETED/user/fred/a/b/" + HEX + "/1.")).hasContent("b");
    }

    @StoreTest
    void mailboxesWithoutTheStoresEventsStillWork(TestBackend backend) {
        MailStore store = backend.openStore();
        ChangeEvents events = new ChangeEvents(SyncLog.disabled());
        Mailboxes mailboxes = new Mailboxes(store.database(), store.partitions(), MailboxSettings.defaults(), events,
                new Quotas(store.database(), events), Clock.systemUTC());

        mailboxes.createUser("fred");
        mailboxes.rename("user.fred", "user.fred2", Identity.SYSTEM);

        assertThat(mailboxes.require("user.fred2").name()).isEqualTo("user.fred2");
        assertThat(Path.of(backend.directory().toString(), "spool", "user", "fred2")).isDirectory();
    }
}
