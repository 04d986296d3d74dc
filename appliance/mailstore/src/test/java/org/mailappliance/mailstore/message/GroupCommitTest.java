package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.Database;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** Concurrent work shares transactions; one item's failure rolls back that item only, on H2 and PostgreSQL. */
class GroupCommitTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 60;
    private static final int EXISTING = -1;

    @StoreTest
    void concurrentWorkIsCommittedInSharedBatchesAndFailuresStayWithTheirItem(TestBackend backend) throws Exception {
        Database db = backend.openDatabase();
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("CREATE TABLE group_commit_test (k INTEGER PRIMARY KEY)")) {
                s.execute();
            }
            insert(c, EXISTING);
            return null;
        });
        GroupCommit group = new GroupCommit(new Transactions(db));
        AtomicInteger undone = new AtomicInteger();
        AtomicInteger synced = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Set<Integer>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Set<Integer> committed = new HashSet<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    int key = thread * 1000 + i;
                    // every 7th item inserts the key that exists (a constraint violation); every 11th throws after inserting
                    boolean duplicate = i % 7 == 6;
                    boolean explode = i % 11 == 10;
                    try {
                        int inserted = group.run(new GroupCommit.Work<Integer>() {
                            @Override
                            public Integer run(Connection c) throws SQLException {
                                insert(c, duplicate ? EXISTING : key);
                                if (explode) {
                                    throw new IllegalStateException("item " + key + " fails");
                                }
                                sleepBriefly();
                                return key;
                            }

                            @Override
                            public void beforeCommit() {
                                synced.incrementAndGet();
                            }

                            @Override
                            public void undo() {
                                undone.incrementAndGet();
                            }
                        });
                        committed.add(inserted);
                        assertThat(duplicate || explode).as("item %d should have failed", key).isFalse();
                    } catch (StoreException | IllegalStateException e) {
                        assertThat(duplicate || explode).as("item %d failed: %s", key, e).isTrue();
                    }
                }
                return committed;
            }));
        }
        Set<Integer> committed = new HashSet<>();
        for (Future<Set<Integer>> f : futures) {
            committed.addAll(f.get());
        }
        pool.shutdown();

        committed.add(EXISTING);
        assertThat(readKeys(db)).isEqualTo(committed);
        committed.remove(EXISTING);
        int failing = 0;
        for (int i = 0; i < PER_THREAD; i++) {
            failing += (i % 7 == 6 || i % 11 == 10) ? 1 : 0;
        }
        assertThat(committed).hasSize(THREADS * (PER_THREAD - failing));
        assertThat(undone.get()).as("each failed item undoes its own side effects once").isEqualTo(THREADS * failing);
        assertThat(synced.get()).isGreaterThanOrEqualTo(committed.size());
        assertThat(group.batches()).as("items that arrive together share a transaction")
                .isLessThan(THREADS * PER_THREAD);
    }

    @StoreTest
    void theCallerGetsItsOwnResultOrException(TestBackend backend) {
        GroupCommit group = new GroupCommit(new Transactions(backend.openDatabase()));
        String mine = group.run(c -> "mine");
        assertThat(mine).isEqualTo("mine");
        assertThatThrownBy(() -> group.run(c -> {
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("no");
        int after = group.run(c -> 42);
        assertThat(after).as("the group still works after a failure").isEqualTo(42);
    }

    private static void insert(Connection c, int key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO group_commit_test (k) VALUES (?)")) {
            s.setInt(1, key);
            s.executeUpdate();
        }
    }

    private static Set<Integer> readKeys(Database db) {
        return db.withConnection(c -> {
            Set<Integer> keys = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT k FROM group_commit_test");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getInt(1));
                }
            }
            return keys;
        });
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
