package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mailappliance.config.ImapdConf;
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

/** The full engine on a real store (H2 in a temporary directory) with user alice, for tests that drive it directly. */
final class StoreEngine implements AutoCloseable {
    static final byte[] MESSAGE = "Subject: t\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);

    final TestBackend backend;
    final MailStore store;
    final ImapEngine engine;

    StoreEngine() throws Exception {
        this(registry -> { });
    }

    /** @param extra registers test-only commands on top of the real ones */
    StoreEngine(java.util.function.Consumer<CommandRegistry> extra) throws Exception {
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
        MailCommands.install(registry, new ImapStore(store, DomainNaming.from(imapd)));
        extra.accept(registry);
        engine = new ImapEngine(SettingsSource.cached(imapd), registry);
    }

    /** A connected session of alice, logged in, its greeting and login reply consumed. */
    FakeConnection login() {
        FakeConnection c = new FakeConnection("imap", false);
        engine.connected(c);
        send(c, "a1 LOGIN alice secret");
        c.takeFlushed();
        return c;
    }

    /** Appends a small message to alice's INBOX as another client would. */
    void append() {
        AppendResult r = store.messages().append("user.alice", new ByteArrayInputStream(MESSAGE), Set.of(),
                Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(r).isInstanceOf(AppendResult.Appended.class);
    }

    void send(FakeConnection c, String line) {
        engine.received(c, ClientFramer.frame(line));
    }

    /** Sends raw client octets holding exactly one command. */
    void sendRaw(FakeConnection c, String octets) {
        ClientFramer framer = new ClientFramer();
        framer.feed(octets.getBytes(StandardCharsets.ISO_8859_1));
        engine.received(c, framer.next());
    }

    @Override
    public void close() throws Exception {
        backend.close();
    }
}
