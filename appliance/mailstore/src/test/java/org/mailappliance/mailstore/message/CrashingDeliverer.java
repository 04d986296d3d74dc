package org.mailappliance.mailstore.message;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.MailStoreSettings;
import org.mailappliance.mailstore.accounts.Accounts;
import org.mailappliance.mailstore.db.DatabaseSettings;
import org.mailappliance.mailstore.partition.Partitions;

/**
 * Child process of {@link KillDuringDeliveryTest}: four threads deliver into user.alice and print
 * {@code <uid> <counter>} once each delivery has returned (is acknowledged), until the process is killed.
 * Arguments: JDBC URL, user, password, partition directory, spool directory.
 */
public final class CrashingDeliverer {
    private CrashingDeliverer() {
    }

    public static void main(String[] args) throws Exception {
        Partitions partitions = new Partitions(Map.of("default", Path.of(args[3])), null);
        MailStore store = MailStore.open(new MailStoreSettings(new DatabaseSettings(args[0], args[1], args[2], 8),
                partitions, Accounts.MIN_ITERATIONS));
        AtomicLong counter = new AtomicLong();
        Path spool = Files.createDirectories(Path.of(args[4]));
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (true) {
                    long n = counter.incrementAndGet();
                    try {
                        Path file = spool.resolve("m" + n);
                        Files.write(file, KillDuringDeliveryTest.message(n).getBytes(StandardCharsets.US_ASCII));
                        AppendResult r = store.messages().deliver(new DeliveryRequest(file,
                                List.of(DeliveryRequest.Target.of("user.alice")), Instant.now(), null)).get(0);
                        if (r instanceof AppendResult.Appended a) {
                            synchronized (System.out) {
                                System.out.println(a.uid() + " " + n);
                                System.out.flush();
                            }
                        }
                        Files.delete(file);
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                }
            });
            thread.start();
        }
        Thread.currentThread().join();
    }
}
