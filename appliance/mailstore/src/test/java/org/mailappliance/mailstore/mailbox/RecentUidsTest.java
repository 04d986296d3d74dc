package org.mailappliance.mailstore.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

class RecentUidsTest {

    @StoreTest
    void eachUidIsClaimedOnceAndTheMarkNeverGoesBack(TestBackend backend) {
        MailStore store = backend.openStore();
        store.mailboxes().createUser("alice");
        RecentUids recent = store.recentUids();

        assertThat(recent.mark("user.alice")).isZero();
        assertThat(recent.claim("user.alice", 5)).isZero();
        assertThat(recent.claim("user.alice", 5)).isEqualTo(5);
        assertThat(recent.claim("user.alice", 3)).isEqualTo(5);
        assertThat(recent.mark("user.alice")).isEqualTo(5);
        assertThatThrownBy(() -> recent.claim("user.nobody", 1)).isInstanceOf(NoSuchMailboxException.class);
    }

    @StoreTest
    void concurrentClaimsSplitTheUidsWithoutOverlap(TestBackend backend) throws Exception {
        MailStore store = backend.openStore();
        store.mailboxes().createUser("alice");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> claims = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                long upTo = i;
                claims.add(pool.submit(() -> new long[] {store.recentUids().claim("user.alice", upTo), upTo}));
            }
            boolean[] shown = new boolean[41];
            for (Future<long[]> f : claims) {
                long[] r = f.get();
                for (long uid = r[0] + 1; uid <= r[1]; uid++) {
                    assertThat(shown[(int) uid]).as("uid %d shown twice", uid).isFalse();
                    shown[(int) uid] = true;
                }
            }
            for (int uid = 1; uid <= 40; uid++) {
                assertThat(shown[uid]).as("uid %d never shown", uid).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
