package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.events.ChangeEvent;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/** Many deliveries into one mailbox at once: UIDs unique, visible in order, files and records in step. */
class ConcurrentDeliveryTest {
    private static final int THREADS = 8;

    @StoreTest
    void eightThreadsDeliveringIntoOneMailboxGetDistinctAscendingUids(TestBackend backend) throws Exception {
        MessageFixture f = new MessageFixture(backend);
        String inbox = f.user("alice");
        // PostgreSQL over TCP with a commit fsync per delivery is slower; H2 gets the full 8 x 500
        int perThread = backend.kind() == DatabaseKind.H2 ? 500 : 250;
        List<Path> spooled = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            spooled.add(f.spool(MessageFixture.message("<t" + t + "@x>", "thread " + t, "body of thread " + t)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Path file = spooled.get(t);
            futures.add(pool.submit(() -> {
                List<Long> uids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    // no Message-ID given and the same one in the file: suppression would stop it, so pass a unique one
                    AppendResult r = f.messages.deliver(new DeliveryRequest(file,
                            List.of(DeliveryRequest.Target.of(inbox)), Instant.now(), "<" + file.getFileName() + "." + i + "@x>"))
                            .get(0);
                    assertThat(r).isInstanceOf(AppendResult.Appended.class);
                    uids.add(((AppendResult.Appended) r).uid());
                }
                return uids;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            List<Long> uids = future.get();
            assertThat(uids).as("each thread sees its own UIDs rise").isSorted();
            all.addAll(uids);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int total = THREADS * perThread;
        System.out.printf("%s: %d deliveries by %d threads into one mailbox in %.2f s = %.0f deliveries/s%n",
                backend.kind(), total, THREADS, seconds, total / seconds);

        assertThat(new HashSet<>(all)).hasSize(total);
        assertThat(all.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(total);
        assertThat(f.store.mailboxes().find(inbox).orElseThrow().uidNext()).isEqualTo(total + 1);

        List<MessageRecord> records = f.messages.records(inbox, 1, 0xFFFF_FFFFL);
        assertThat(records).extracting(MessageRecord::uid).hasSize(total).isSorted().doesNotHaveDuplicates();
        assertThat(records).extracting(MessageRecord::modSeq).as("modseq follows UID order").isSorted()
                .doesNotHaveDuplicates();
        Set<Long> files = new HashSet<>();
        try (Stream<Path> s = Files.list(f.mailboxDirectory(inbox))) {
            s.forEach(p -> files.add(MessageFiles.uidOf(p)));
        }
        assertThat(files).as("every record has its file and every file its record")
                .isEqualTo(new HashSet<>(records.stream().map(MessageRecord::uid).toList()));

        // every committed append was announced once
        List<Long> announced = f.published.stream().filter(e -> e instanceof ChangeEvent.MessagesAppended)
                .map(e -> ((ChangeEvent.MessagesAppended) e).firstUid()).toList();
        assertThat(announced).hasSize(total);
        assertThat(f.quotas.rootOf(inbox)).isEmpty();
    }
}
