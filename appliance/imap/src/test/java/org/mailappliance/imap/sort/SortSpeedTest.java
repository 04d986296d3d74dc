package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.mailappliance.mailstore.testing.TestBackend;

/**
 * SORT and THREAD over a large mailbox through the engine, timed: the first command reads the mailbox's sort records
 * in one query, later ones only what arrived since. {@code -Dsort.speed.messages=20000} for the benchmark's size
 * (filling the store takes minutes); the default keeps the build fast and still checks the answers' shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortSpeedTest {
    private static final int MESSAGES = Integer.getInteger("sort.speed.messages", 500);

    private final TestBackend backend = TestBackend.create(DatabaseKind.H2);
    private MailStore store;
    private ImapEngine engine;
    private final FakeConnection connection = new FakeConnection("imap", false);
    private final ClientFramer framer = new ClientFramer();
    private int tag;

    @BeforeAll
    void fill() throws Exception {
        Map<String, String> conf = new LinkedHashMap<>(Map.of("servername", "imap.example.org", "allowplaintext",
                "yes"));
        conf.putAll(backend.imapdConfValues());
        store = backend.track(MailStore.open(ImapdConf.of(conf)));
        store.mailboxes().createUser("alice");
        CommandRegistry registry = CoreCommands.registry(new FakeAuthenticator().user("alice", "secret"));
        MailCommands.install(registry, new ImapStore(store, CyrusNaming.from(ImapdConf.of(conf))));
        engine = new ImapEngine(SettingsSource.cached(ImapdConf.of(conf)), registry);
        engine.connected(connection);
        connection.takeFlushed();
        long start = System.nanoTime();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        Path spool = Files.createTempFile(backend.directory(), "m-", ".eml");
        for (int i = 1; i <= MESSAGES; i++) {
            int thread = i / 5;
            String msg = "From: Sender " + (i % 97) + " <sender" + (i % 89) + "@example.org>\r\nTo: user"
                    + (i % 13) + "@example.net\r\nSubject: " + (i % 5 == 0 ? "" : "Re: ") + "topic " + thread
                    + "\r\nDate: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            base.plusSeconds(i * 61L).atOffset(ZoneOffset.UTC)) + "\r\nMessage-ID: <m" + i
                    + "@example.org>\r\n" + (i % 5 == 0 ? "" : "References: <m" + (thread * 5) + "@example.org>\r\n")
                    + "\r\nbody " + i + "\r\n";
            Files.write(spool, msg.getBytes(StandardCharsets.US_ASCII));
            store.messages().append("user.alice", spool, Set.of(), base.plusSeconds(i));
        }
        report(MESSAGES + " messages appended in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        command("LOGIN alice secret");
        command("SELECT INBOX");
    }

    @AfterAll
    void close() throws Exception {
        engine.disconnected(connection);
        backend.close();
    }

    private String command(String text) {
        framer.feed(("t" + (++tag) + " " + text + "\r\n").getBytes(StandardCharsets.UTF_8));
        Frame frame;
        while ((frame = framer.next()) != null) {
            engine.received(connection, frame);
        }
        return connection.takeFlushed();
    }

    /** Runs the command a few times; returns its answer and reports the first (cold) and best times. */
    private String timed(String text) {
        String answer = null;
        long first = 0;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            answer = command(text);
            long us = (System.nanoTime() - start) / 1000;
            first = i == 0 ? us : first;
            best = Math.min(best, us);
        }
        report(text + " over " + MESSAGES + ": first " + first / 1000.0 + " ms, best " + best / 1000.0 + " ms");
        assertThat(answer).contains("OK ");
        return answer;
    }

    @Test
    void sortsTheWholeMailbox() {
        String arrival = timed("SORT (ARRIVAL) UTF-8 ALL");
        assertThat(arrival).startsWith("* SORT 1 2 3 ");
        assertThat(timed("SORT (SUBJECT) UTF-8 ALL").split(" ").length).isGreaterThan(MESSAGES);
        assertThat(timed("SORT (FROM) UTF-8 ALL").split(" ").length).isGreaterThan(MESSAGES);
        timed("SORT (REVERSE DATE SUBJECT) UTF-8 ALL");
    }

    @Test
    void threadsTheWholeMailbox() {
        String threads = timed("THREAD REFERENCES UTF-8 ALL");
        // messages 5k .. 5k+4 form one thread: 5k with 5k+1 .. 5k+4 under it
        assertThat(threads).contains("(5 (6)(7)(8)(9))");
        timed("THREAD ORDEREDSUBJECT UTF-8 ALL");
    }

    private static void report(String line) {
        System.out.println("[sort speed] " + line);
    }
}
