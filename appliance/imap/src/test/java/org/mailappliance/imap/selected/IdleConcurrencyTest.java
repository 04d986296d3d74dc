package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.mailstore.message.FlagOperation;

/**
 * IDLE with changes committed on several threads at once: every push is written whole (no interleaved lines), the
 * EXISTS counts only grow, every message ends up reported exactly once, and nothing is pushed after DONE.
 */
class IdleConcurrencyTest {
    private static final Pattern LINE = Pattern.compile(
            "\\* (\\d+) EXISTS|\\* (\\d+) RECENT|\\* (\\d+) FETCH \\(FLAGS \\((\\\\Recent ?)?(\\\\Flagged)?\\)\\)");

    private StoreEngine server;

    @BeforeEach
    void setUp() throws Exception {
        server = new StoreEngine();
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void pushesFromManyThreadsArriveWholeAndInOrder() throws Exception {
        append();
        FakeConnection idler = server.login();
        send(idler, "a2 SELECT INBOX");
        idler.takeFlushed();
        send(idler, "a3 IDLE");
        assertThat(idler.takeFlushed()).isEqualTo("+ idling\r\n");

        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    append();
                }
                return null;
            }));
        }
        jobs.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < 10; i++) {
                server.store.messages().store("user.alice", List.of(1L), i % 2 == 0 ? FlagOperation.ADD
                        : FlagOperation.REMOVE, Set.of("\\Flagged"), java.util.OptionalLong.empty());
            }
            return null;
        }));
        start.countDown();
        for (Future<?> f : jobs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        String pushed = idler.takeFlushed();
        assertThat(idler.unflushed()).isZero();
        int lastExists = 1;
        for (String line : pushed.split("\r\n")) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("pushed line '%s'", line).isTrue();
            if (m.group(1) != null) {
                int exists = Integer.parseInt(m.group(1));
                assertThat(exists).as("EXISTS only grows").isGreaterThan(lastExists);
                lastExists = exists;
            }
        }
        assertThat(lastExists).isEqualTo(1 + threads * perThread);

        send(idler, "DONE");
        assertThat(idler.takeFlushed()).isEqualTo("a3 OK Completed\r\n");
        // after DONE, changes wait for the next command
        append();
        assertThat(idler.takeFlushed()).isEmpty();
        send(idler, "a4 NOOP");
        assertThat(idler.takeFlushed()).startsWith("* " + (2 + threads * perThread) + " EXISTS\r\n");
    }

    private void append() {
        server.append();
    }

    private void send(FakeConnection c, String line) {
        server.send(c, line);
    }
}
