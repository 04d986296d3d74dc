package org.mailappliance.mailstore.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;

/**
 * kill -9 in the middle of concurrent deliveries: after reopening (which runs recovery) every acknowledged message
 * is there byte for byte under the UID it was acknowledged with, every record has its file and every file its
 * record, and no stage file is left.
 */
class KillDuringDeliveryTest {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    static String message(long n) {
        return "From: crash@example.org\r\nSubject: delivery " + n + "\r\nMessage-ID: <crash." + n
                + "@example.org>\r\n\r\nbody " + n + "\r\n";
    }

    @StoreTest
    void acknowledgedDeliveriesSurviveKill9AndRecoveryLeavesFilesAndRecordsInStep(TestBackend backend) throws Exception {
        Path partition = backend.directory().resolve("spool");
        try (MailStore setup = MailStore.open(backend.storeSettings())) {
            setup.mailboxes().createUser("alice");
        }
        Map<Long, Long> acknowledged = deliverUntilKilled(backend, partition);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        MailStore store = backend.openStore();
        Path dir = partition.resolve("user").resolve("alice");
        for (Map.Entry<Long, Long> e : acknowledged.entrySet()) {
            assertThat(Files.readString(store.messages().openMessage("user.alice", e.getKey())))
                    .isEqualTo(message(e.getValue()));
        }
        Set<Long> records = new HashSet<>();
        store.messages().records("user.alice", 1, 0xFFFF_FFFFL).forEach(r -> records.add(r.uid()));
        Set<Long> files = new HashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(MessageFiles::uidOf).filter(uid -> uid > 0).forEach(files::add);
        }
        assertThat(files).isEqualTo(records);
        assertThat(records).containsAll(acknowledged.keySet());
        assertThat(store.mailboxes().find("user.alice").orElseThrow().uidNext())
                .isGreaterThan(records.stream().mapToLong(Long::longValue).max().orElse(0));
        try (Stream<Path> s = Files.list(partition.resolve("stage."))) {
            assertThat(s.toList()).isEmpty();
        }
    }

    private static Map<Long, Long> deliverUntilKilled(TestBackend backend, Path partition) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var db = backend.databaseSettings();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingDeliverer.class.getName(), db.url(), db.user(), db.password(), partition.toString(),
                backend.directory().resolve("lmtp-spool").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<Long, Long> acknowledged = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.trim().split(" ");
                acknowledged.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL && child.isAlive()) {
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return acknowledged;
    }
}
