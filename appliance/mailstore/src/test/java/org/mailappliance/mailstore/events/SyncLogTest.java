package org.mailappliance.mailstore.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.events.ChangeEvent.AclChanged;
import org.mailappliance.mailstore.events.ChangeEvent.AnnotationChanged;
import org.mailappliance.mailstore.events.ChangeEvent.FlagsChanged;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxCreated;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxDeleted;
import org.mailappliance.mailstore.events.ChangeEvent.MailboxRenamed;
import org.mailappliance.mailstore.events.ChangeEvent.MessagesAppended;
import org.mailappliance.mailstore.events.ChangeEvent.MessagesExpunged;
import org.mailappliance.mailstore.events.ChangeEvent.QuotaChanged;
import org.mailappliance.mailstore.events.ChangeEvent.SeenChanged;
import org.mailappliance.mailstore.events.ChangeEvent.SubscriptionChanged;
import org.mailappliance.mailstore.events.ChangeEvent.UserCreated;
import org.mailappliance.mailstore.events.ChangeEvent.UserDeleted;

class SyncLogTest {
    @TempDir
    Path config;

    @Test
    void everyEventKindWritesCyrusLines() throws Exception {
        SyncLog log = SyncLog.of(config, List.of(SyncLog.DEFAULT_CHANNEL));

        log.appendAll(List.of(
                new MessagesAppended("user.fred", 1, 3, 7),
                new FlagsChanged("user.fred", new long[] {1, 2}, 8),
                new MessagesExpunged("user.fred", new long[] {2}, 9),
                new MailboxCreated("user.fred.Sent Items"),
                new MailboxDeleted("user.fred.Old"),
                new MailboxRenamed("user.fred.a", "user.fred.b"),
                new AclChanged("shared.{x}"),
                new QuotaChanged("user.fred"),
                new AnnotationChanged(""),
                new AnnotationChanged("user.fred"),
                new SeenChanged("bob", "user.fred.Shared"),
                new SubscriptionChanged("bob", "say \"hi\""),
                new UserCreated("fred"),
                new UserDeleted("fred")));

        assertThat(Files.readString(config.resolve("sync/log"), StandardCharsets.UTF_8)).isEqualTo("""
                APPEND user.fred
                MAILBOX user.fred
                MAILBOX user.fred
                MAILBOX "user.fred.Sent Items"
                UNMAILBOX user.fred.Old
                RENAME user.fred.a user.fred.b
                MAILBOX user.fred.a
                MAILBOX user.fred.b
                MAILBOX "shared.\\{x\\}"
                QUOTA user.fred
                ANNOTATION ""
                ANNOTATION user.fred
                SEEN bob user.fred.Shared
                SUB bob "say \\"hi\\""
                USER fred
                UNUSER fred
                """);
    }

    @Test
    void eachChannelHasItsOwnFile() throws Exception {
        ImapdConf conf = ImapdConf.of(Map.of("configdirectory", config.toString(), "sync_log", "yes",
                "sync_log_channels", "squatter \"\" repl1"));
        SyncLog log = SyncLog.from(conf);

        log.append(new MessagesAppended("user.fred", 1, 1, 2));

        assertThat(log.channels()).containsExactlyInAnyOrder("squatter", "", "repl1");
        for (Path file : List.of(config.resolve("sync/log"), config.resolve("sync/squatter/log"),
                config.resolve("sync/repl1/log"))) {
            assertThat(file).hasContent("APPEND user.fred");
        }
        assertThat(log.logFile("repl1")).isEqualTo(config.resolve("sync/repl1/log"));
    }

    @Test
    void withoutChannelsTheDefaultChannelIsUsed() throws Exception {
        SyncLog log = SyncLog.from(ImapdConf.of(Map.of("configdirectory", config.toString(), "sync_log", "1")));

        log.append(new UserDeleted("fred"));

        assertThat(log.channels()).containsExactly("");
        assertThat(config.resolve("sync/log")).hasContent("UNUSER fred");
    }

    @Test
    void disabledWritesNothing() throws Exception {
        SyncLog off = SyncLog.from(ImapdConf.of(Map.of("configdirectory", config.toString(),
                "sync_log_channels", "repl1")));

        off.append(new UserDeleted("fred"));

        assertThat(off.enabled()).isFalse();
        assertThat(config.resolve("sync")).doesNotExist();
    }

    @Test
    void theReaderTakesTheLogAndWritersStartAFreshOne() throws Exception {
        SyncLog log = SyncLog.of(config, List.of("repl1"));
        SyncLogReader reader = SyncLogReader.forChannel(config, "repl1");
        log.append(new MailboxCreated("user.a"));

        SyncLogReader.Batch batch = reader.next().orElseThrow();
        log.append(new MailboxCreated("user.b"));

        assertThat(batch.lines()).containsExactly("MAILBOX user.a");
        assertThat(config.resolve("sync/repl1/log-run")).exists();
        assertThat(config.resolve("sync/repl1/log")).hasContent("MAILBOX user.b");
        batch.done();
        assertThat(config.resolve("sync/repl1/log-run")).doesNotExist();
        assertThat(reader.drain()).containsExactly(SyncLogLine.of("MAILBOX", "user.b"));
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void anUnfinishedRunIsReadAgainFirst() throws Exception {
        SyncLog log = SyncLog.of(config, List.of(""));
        SyncLogReader reader = SyncLogReader.forChannel(config, "");
        log.append(new MailboxCreated("user.a"));
        reader.next().orElseThrow(); // crashed: never done()
        log.append(new MailboxCreated("user.b"));

        assertThat(reader.next().orElseThrow().lines()).containsExactly("MAILBOX user.a");
        assertThat(reader.drain()).extracting(SyncLogLine::format).containsExactly("MAILBOX user.a", "MAILBOX user.b");
    }

    @Test
    void rotationWhileWritingLosesAndDuplicatesNothing() throws Exception {
        SyncLog log = SyncLog.of(config, List.of(""));
        SyncLogReader reader = SyncLogReader.forChannel(config, "");
        int writers = 4;
        int perWriter = 1500;
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> read = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> readerTask = pool.submit(() -> {
                while (writing.get()) {
                    var batch = reader.next();
                    if (batch.isPresent()) {
                        read.addAll(batch.get().lines());
                        batch.get().done();
                    }
                }
                return null;
            });
            List<Future<?>> writerTasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writerTasks.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        log.append(new MailboxCreated("user.w" + writer + ".m" + i));
                    }
                }));
            }
            for (Future<?> task : writerTasks) {
                task.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            readerTask.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        reader.drain().forEach(line -> read.add(line.format()));

        Set<String> expected = new HashSet<>();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i++) {
                expected.add("MAILBOX user.w" + w + ".m" + i);
            }
        }
        assertThat(read).hasSize(writers * perWriter).doesNotHaveDuplicates();
        assertThat(new HashSet<>(read)).isEqualTo(expected);
    }

    @Test
    void rotationByAReaderWhileOtherProcessesWriteLosesAndDuplicatesNothing() throws Exception {
        SyncLogReader reader = SyncLogReader.forChannel(config, "");
        int processes = 3;
        int perProcess = 1500;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SyncLogWriterProcess.class.getName(), config.toString(), "user.p" + p, Integer.toString(perProcess))
                    .inheritIO().start());
        }
        List<String> read = new ArrayList<>();
        while (children.stream().anyMatch(Process::isAlive)) {
            var batch = reader.next();
            if (batch.isPresent()) {
                read.addAll(batch.get().lines());
                batch.get().done();
            }
        }
        for (Process child : children) {
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).isZero();
        }
        reader.drain().forEach(line -> read.add(line.format()));

        Set<String> expected = new HashSet<>();
        for (int p = 0; p < processes; p++) {
            for (int i = 0; i < perProcess; i++) {
                expected.add("MAILBOX user.p" + p + ".m" + i);
            }
        }
        assertThat(read).hasSize(processes * perProcess).doesNotHaveDuplicates();
        assertThat(new HashSet<>(read)).isEqualTo(expected);
    }
}
