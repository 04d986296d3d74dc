package org.mailappliance.imap.sort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.imap.MailCommands;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.names.CyrusNaming;
import org.mailappliance.imap.names.DomainNaming;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.testing.TestBackend;

/** One session of the full mail command set on a real store (H2): alice's INBOX, messages appended to the store. */
final class SortHarness implements AutoCloseable {
    private final TestBackend backend = TestBackend.create(DatabaseKind.H2);
    private final MailStore store;
    private final ImapEngine engine;
    private final FakeConnection connection = new FakeConnection("imap", false);
    private final ClientFramer framer = new ClientFramer();
    private final Path spool;
    private int tag;

    SortHarness() throws ConfigException, IOException {
        Map<String, String> conf = new LinkedHashMap<>(Map.of("servername", "imap.example.org", "allowplaintext",
                "yes"));
        conf.putAll(backend.imapdConfValues());
        store = backend.track(MailStore.open(ImapdConf.of(conf)));
        store.mailboxes().createUser("alice");
        CommandRegistry registry = CoreCommands.registry(new FakeAuthenticator().user("alice", "secret"));
        MailCommands.install(registry, new ImapStore(store, DomainNaming.from(ImapdConf.of(conf))));
        engine = new ImapEngine(SettingsSource.cached(ImapdConf.of(conf)), registry);
        engine.connected(connection);
        connection.takeFlushed();
        spool = Files.createTempFile(backend.directory(), "append-", ".eml");
    }

    /** Appends to INBOX; the UID, or -1 when the store refused the message. */
    long append(byte[] raw, Instant internalDate) throws IOException {
        Files.write(spool, raw);
        AppendResult result = store.messages().append("user.alice", spool, Set.of(), internalDate);
        return result instanceof AppendResult.Appended a ? a.uid() : -1;
    }

    /** Logs in and selects INBOX. */
    void open() {
        command("LOGIN alice secret");
        command("SELECT INBOX");
    }

    /** Sends {@code tag text} and returns everything the server answered. */
    String command(String text) {
        framer.feed(("t" + (++tag) + " " + text + "\r\n").getBytes(StandardCharsets.UTF_8));
        Frame frame;
        while ((frame = framer.next()) != null) {
            engine.received(connection, frame);
        }
        return connection.takeFlushed();
    }

    @Override
    public void close() throws Exception {
        engine.disconnected(connection);
        backend.close();
    }
}
