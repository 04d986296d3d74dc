package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.imap.MailCommands;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.names.CyrusNaming;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.FlagOperation;
import org.mailappliance.mailstore.testing.TestBackend;

/**
 * IDLE with changes committed on several threads at once: every push is written whole (no interleaved lines), the
 * EXISTS counts only grow, every message ends up reported exactly once, and nothing is pushed after DONE.
 */
class IdleConcurrencyTest {
    private static final byte[] MESSAGE = "Subject: t\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern LINE = Pattern.compile(
            "\\* (\\d+) EXISTS|\\* (\\d+) RECENT|\\* (\\d+) FETCH \\(FLAGS \\((\\\\Recent ?)?(\\\\Flagged)?\\)\\)");

    private TestBackend backend;
    private MailStore store;
    private ImapEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        backend = TestBackend.create(DatabaseKind.H2);
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("servername", "imap.example.org");
        conf.put("allowplaintext", "yes");
        conf.putAll(backend.imapdConfValues());
        store = backend.track(MailStore.open(ImapdConf.of(conf)));
        store.mailboxes().createUser("alice");
        FakeAuthenticator authenticator = new FakeAuthenticator().user("alice", "secret");
        CommandRegistry registry = CoreCommands.registry(authenticator);
        ImapdConf imapd = ImapdConf.of(conf);
        MailCommands.install(registry, new ImapStore(store, CyrusNaming.from(imapd)));
        engine = new ImapEngine(SettingsSource.cached(imapd), registry);
    }

    @AfterEach
    void tearDown() throws Exception {
        backend.close();
    }

    @Test
    void pushesFromManyThreadsArriveWholeAndInOrder() throws Exception {
        append();
        FakeConnection idler = new FakeConnection("imap", false);
        engine.connected(idler);
        send(idler, "a1 LOGIN alice secret");
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
                store.messages().store("user.alice", List.of(1L), i % 2 == 0 ? FlagOperation.ADD
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

    @Test
    void appendRefusesBareNewlinesAsCyrus() {
        FakeConnection c = new FakeConnection("imap", false);
        engine.connected(c);
        send(c, "a1 LOGIN alice secret");
        c.takeFlushed();
        ClientFramer framer = new ClientFramer();
        framer.feed("a2 APPEND INBOX {18}\r\nSubject: x\n\nbody\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        engine.received(c, framer.next());
        assertThat(c.takeFlushed()).isEqualTo("a2 NO Message contains bare newlines\r\n");
        assertThat(store.messages().records("user.alice", 1, Long.MAX_VALUE)).isEmpty();
    }

    private void append() {
        AppendResult r = store.messages().append("user.alice", new ByteArrayInputStream(MESSAGE), Set.of(),
                Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(r).isInstanceOf(AppendResult.Appended.class);
    }

    private void send(FakeConnection c, String line) {
        Frame frame = ClientFramer.frame(line);
        engine.received(c, frame);
    }
}
