package org.mailappliance.mailstore.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.events.SyncLog;
import org.mailappliance.mailstore.events.SyncLogLine;
import org.mailappliance.mailstore.events.SyncLogReader;
import org.mailappliance.mailstore.mailbox.MailboxSettings;
import org.mailappliance.mailstore.mailbox.NoSuchMailboxException;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class QuotasTest {

    private static MailStore store(TestBackend backend) {
        MailStore store = backend.track(MailStore.open(backend.storeSettings(), MailboxSettings.defaults(),
                SyncLog.of(backend.directory().resolve("config"), List.of(""))));
        store.mailboxes().createUser("fred");
        store.mailboxes().create("user.fred.a", null, null, Identity.SYSTEM);
        store.mailboxes().create("user.fred.a.b", null, null, Identity.SYSTEM);
        return store;
    }

    private static void charge(MailStore store, String mailbox, long bytes, long messages) {
        store.database().inTransaction(c -> {
            store.quotas().charge(c, mailbox, bytes, messages);
            return null;
        });
    }

    @StoreTest
    void theRootOfAMailboxIsItsNearestAncestorOrSelfRoot(TestBackend backend) {
        MailStore store = store(backend);
        Quotas quotas = store.quotas();
        quotas.setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        quotas.setLimits("user.fred.a", 10, 5);

        assertThat(quotas.rootOf("user.fred.a.b").map(QuotaRoot::name)).contains("user.fred.a");
        assertThat(quotas.rootOf("user.fred.a").map(QuotaRoot::name)).contains("user.fred.a");
        assertThat(quotas.rootOf("user.fred.other").map(QuotaRoot::name)).contains("user.fred");
        assertThat(quotas.rootOf("user.freddy")).isEmpty();
        assertThat(quotas.list("")).extracting(QuotaRoot::name).containsExactly("user.fred", "user.fred.a");
        assertThat(store.mailboxes().require("user.fred.a.b").quotaRoot()).isEqualTo("user.fred.a");
        assertThat(store.mailboxes().require("user.fred").quotaRoot()).isEqualTo("user.fred");
    }

    @StoreTest
    void chargingCountsInTheCallersTransactionOnly(TestBackend backend) {
        MailStore store = store(backend);
        store.quotas().setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        charge(store, "user.fred.a", 3000, 2);

        assertThatThrownBy(() -> store.database().inTransaction(c -> {
            store.quotas().charge(c, "user.fred", 5000, 1);
            throw new IllegalStateException("delivery failed after charging");
        })).hasMessageContaining("delivery failed");
        charge(store, "user.fred.a", -1000, -1);
        charge(store, "user.fred.a.b", -50, -5);

        assertThat(store.quotas().get("user.fred")).contains(new QuotaRoot("user.fred", 1000, -1, 2000, 1));
        assertThatThrownBy(() -> charge(store, "user.nobody", 1, 1)).isInstanceOf(NoSuchMailboxException.class);
    }

    @StoreTest
    void deliveryChecksFollowCyrusWithAndWithoutStrictQuota(TestBackend backend) {
        MailStore store = store(backend);
        Quotas quotas = store.quotas();
        quotas.setLimits("user.fred", 1, 3); // 1 KiB, 3 messages
        charge(store, "user.fred", 1000, 1);

        QuotaCheck fits = quotas.check("user.fred.a", 24, 1);
        assertThat(fits.exceeded()).isFalse();
        QuotaCheck tooBig = quotas.check("user.fred.a", 25, 1);
        assertThat(tooBig.storageExceeded()).isTrue();
        assertThat(tooBig.storageAlreadyOver()).isFalse();
        assertThat(tooBig.refusesDelivery(false)).isFalse();
        assertThat(tooBig.refusesDelivery(true)).isTrue();
        assertThat(tooBig.root().map(QuotaRoot::name)).contains("user.fred");

        charge(store, "user.fred", 25, 1);
        QuotaCheck over = quotas.check("user.fred", 1, 1);
        assertThat(over.storageAlreadyOver()).isTrue();
        assertThat(over.refusesDelivery(false)).isTrue();

        charge(store, "user.fred", -1000, 0);
        QuotaCheck thirdMessage = quotas.check("user.fred", 1, 1);
        assertThat(thirdMessage.messagesExceeded()).isFalse();
        charge(store, "user.fred", 0, 1);
        assertThat(quotas.check("user.fred", 1, 1).messagesExceeded()).isTrue();
        assertThat(quotas.check("user.fred", 1, 1).refusesDelivery(false)).isTrue();
        assertThat(quotas.check("user.fred", -1, -1).exceeded()).isFalse();
        assertThat(quotas.check("shared.none", 1 << 30, 1000).exceeded()).isFalse();
    }

    @StoreTest
    void aNewRootTakesItsMailboxesUsageAndRemovingItGivesItBack(TestBackend backend) {
        MailStore store = store(backend);
        Quotas quotas = store.quotas();
        quotas.setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        charge(store, "user.fred", 1, 1);
        charge(store, "user.fred.a", 10, 1);
        charge(store, "user.fred.a.b", 100, 1);

        QuotaRoot a = quotas.setLimits("user.fred.a", QuotaRoot.UNLIMITED, 10);

        assertThat(a).isEqualTo(new QuotaRoot("user.fred.a", -1, 10, 110, 2));
        assertThat(quotas.get("user.fred").orElseThrow().usedBytes()).isEqualTo(1);
        assertThat(quotas.setLimits("user.fred.a", 5, 5)).isEqualTo(new QuotaRoot("user.fred.a", 5, 5, 110, 2));

        assertThat(quotas.remove("user.fred.a")).isTrue();
        assertThat(quotas.remove("user.fred.a")).isFalse();
        assertThat(quotas.get("user.fred").orElseThrow().usedBytes()).isEqualTo(111);
        assertThat(store.mailboxes().require("user.fred.a.b").quotaRoot()).isEqualTo("user.fred");
    }

    @StoreTest
    void recomputeRebuildsUsageFromTheMessages(TestBackend backend) {
        MailStore store = store(backend);
        Quotas quotas = store.quotas();
        quotas.setLimits("user.fred", 1000, QuotaRoot.UNLIMITED);
        quotas.setLimits("user.fred.a.b", 1000, QuotaRoot.UNLIMITED);
        charge(store, "user.fred", 999_999, 99);
        Map<String, MailboxUsage.Usage> real = Map.of("user.fred", new MailboxUsage.Usage(10, 1),
                "user.fred.a", new MailboxUsage.Usage(20, 2), "user.fred.a.b", new MailboxUsage.Usage(40, 4));

        QuotaRoot fixed = quotas.recompute("user.fred", (c, mailbox) -> real.get(mailbox));

        assertThat(fixed).isEqualTo(new QuotaRoot("user.fred", 1000, -1, 30, 3));
        assertThat(quotas.get("user.fred.a.b").orElseThrow().usedBytes()).isZero();
        assertThatThrownBy(() -> quotas.recompute("user.nope", (c, m) -> MailboxUsage.Usage.NONE))
                .isInstanceOf(NoSuchQuotaRootException.class);
    }

    @StoreTest
    void limitsAreValidatedAndChangesLogged(TestBackend backend) throws Exception {
        MailStore store = store(backend);
        SyncLogReader reader = SyncLogReader.forChannel(backend.directory().resolve("config"), "");
        reader.drain();

        assertThatThrownBy(() -> store.quotas().setLimits("user.nobody", 1, 1))
                .isInstanceOf(NoSuchMailboxException.class);
        assertThatThrownBy(() -> store.quotas().setLimits("user.fred", -2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STORAGE");
        store.quotas().setLimits("user.fred", 0, 0);
        store.quotas().remove("user.fred");

        assertThat(reader.drain()).extracting(SyncLogLine::format).containsExactly("QUOTA user.fred", "QUOTA user.fred");
        assertThat(store.quotas().get("user.fred")).isEqualTo(Optional.empty());
    }
}
