package org.mailappliance.imap.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
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

/** One user ({@code alice}/{@code secret}) on a fresh H2 store and one engine session over a {@link ByteConnection}. */
final class ImapDriver implements AutoCloseable {
    static final String USER = "alice";
    static final String INBOX = "user.alice";

    private final TestBackend backend = TestBackend.create(DatabaseKind.H2);
    private final MailStore store;
    private final ImapEngine engine;
    private final ByteConnection connection = new ByteConnection();
    private final ClientFramer framer = new ClientFramer();

    ImapDriver() throws ConfigException {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("servername", "imap.example.org");
        config.put("allowplaintext", "yes");
        Map<String, String> all = new LinkedHashMap<>(config);
        all.putAll(backend.imapdConfValues());
        store = backend.track(MailStore.open(ImapdConf.of(all)));
        store.mailboxes().createUser(USER);
        ImapdConf conf = ImapdConf.of(config);
        CommandRegistry registry = CoreCommands.registry(new FakeAuthenticator().user(USER, "secret"));
        MailCommands.install(registry, new ImapStore(store, DomainNaming.from(conf)));
        engine = new ImapEngine(SettingsSource.cached(conf), registry);
        engine.connected(connection);
        connection.takeFlushed();
    }

    MailStore store() {
        return store;
    }

    ByteConnection connection() {
        return connection;
    }

    /** Appends a file through the store (as a delivery would), bypassing the APPEND command; OK or NO. */
    String append(Path file, Instant internalDate) {
        AppendResult result = store.messages().append(INBOX, file, Set.of(), internalDate);
        return result instanceof AppendResult.Appended ? "OK" : "NO";
    }

    /**
     * APPEND through the engine as oracle.py does (no flags, the given date, the octets unchanged, as a LITERAL+ so
     * no continuation is needed); the tagged status (OK, NO or BAD).
     */
    String appendCommand(String tag, byte[] message, String dateTime) {
        byte[] head = (tag + " APPEND INBOX \"" + dateTime + "\" {" + message.length + "+}\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        framer.feed(head);
        framer.feed(message);
        byte[] answer = command("");
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf(tag + " ");
        return text.substring(at + tag.length() + 1).split("[ \r]", 2)[0];
    }

    /** Sends one command line (no literals) and returns everything the server flushed in answer. */
    byte[] command(String line) {
        framer.feed((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        Frame frame;
        while ((frame = framer.next()) != null) {
            engine.received(connection, frame);
        }
        return connection.takeFlushed();
    }

    void login() {
        expectOk("l1", command("l1 LOGIN " + USER + " secret"));
    }

    void select() {
        expectOk("s1", command("s1 SELECT INBOX"));
    }

    static void expectOk(String tag, byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        if (!text.contains("\r\n" + tag + " OK") && !text.startsWith(tag + " OK")) {
            throw new AssertionError("expected " + tag + " OK, got: " + text);
        }
    }

    @Override
    public void close() throws Exception {
        if (connection.attachment() != null) {
            engine.disconnected(connection);
        }
        backend.close();
    }
}
