package org.mailappliance.imap.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.fetch.FetchCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.MailboxCommands;
import org.mailappliance.imap.names.CyrusNaming;
import org.mailappliance.imap.names.DomainNaming;
import org.mailappliance.imap.selected.SelectedCommands;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.testing.TestBackend;

/**
 * One logged-in IMAP session against a real store (H2 in a temporary directory) for search tests: messages are
 * appended directly to the store, commands go through the engine and the answer lines come back.
 */
public final class SearchHarness implements AutoCloseable {
    public static final String USER = "alice";
    public static final String INBOX = "user.alice";

    private final TestBackend backend = TestBackend.create(DatabaseKind.H2);
    private final MailStore store;
    private final ImapEngine engine;
    private final FakeConnection connection = new FakeConnection("imap", false);
    private final ClientFramer framer = new ClientFramer();
    private int tag;

    /** Dates compare in UTC; OLDER/YOUNGER see {@code now}. */
    public SearchHarness(Instant now) throws ConfigException {
        Map<String, String> conf = new java.util.LinkedHashMap<>(Map.of("servername", "imap.example.org",
                "allowplaintext", "yes"));
        conf.putAll(backend.imapdConfValues());
        store = backend.track(MailStore.open(ImapdConf.of(conf)));
        store.mailboxes().createUser(USER);
        FakeAuthenticator authenticator = new FakeAuthenticator().user(USER, "secret");
        CommandRegistry registry = CoreCommands.registry(authenticator);
        ImapStore imapStore = new ImapStore(store, DomainNaming.from(ImapdConf.of(conf)));
        MailboxCommands.install(registry, imapStore);
        SelectedCommands.install(registry, imapStore);
        FetchCommands.install(registry, imapStore);
        SearchCommands.install(registry, imapStore, ZoneOffset.UTC, Clock.fixed(now, ZoneId.of("UTC")));
        engine = new ImapEngine(SettingsSource.cached(ImapdConf.of(conf)), registry);
        engine.connected(connection);
        connection.takeFlushed();
    }

    public MailStore store() {
        return store;
    }

    /** Appends raw octets to INBOX; the UID, or -1 when the store refused the message. */
    public long append(byte[] raw, Set<String> flags, Instant internalDate) throws IOException {
        Path spool = Files.createTempFile(backend.directory(), "append-", ".eml");
        Files.write(spool, raw);
        AppendResult result = store.messages().append(INBOX, spool, flags, internalDate);
        return result instanceof AppendResult.Appended a ? a.uid() : -1;
    }

    /** The engine's session for this connection (to turn on what ENABLE would). */
    public org.mailappliance.imap.session.ImapSession session() {
        return (org.mailappliance.imap.session.ImapSession) connection.attachment();
    }

    public void login() {
        command("LOGIN " + USER + " secret");
    }

    /** Sends {@code tag text} and returns every line the server answered, the tagged one last. */
    public List<String> command(String text) {
        return command(text, null);
    }

    /** Sends {@code tag text {n+}} followed by the literal octets when {@code literal} is given. */
    public List<String> command(String text, byte[] literal) {
        String t = "t" + (++tag);
        if (literal == null) {
            framer.feed((t + " " + text + "\r\n").getBytes(StandardCharsets.UTF_8));
        } else {
            framer.feed((t + " " + text + " {" + literal.length + "+}\r\n").getBytes(StandardCharsets.UTF_8));
            framer.feed(literal);
            framer.feed("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        Frame frame;
        while ((frame = framer.next()) != null) {
            engine.received(connection, frame);
        }
        String out = connection.takeFlushed();
        return new ArrayList<>(Arrays.asList(out.split("\r\n")));
    }

    /** The numbers of the {@code * SEARCH} line of an answer; fails when the command did not end OK. */
    public static long[] searchResult(List<String> lines) {
        String last = lines.get(lines.size() - 1);
        if (!last.matches("t\\d+ OK .*")) {
            throw new AssertionError("search failed: " + lines);
        }
        for (String l : lines) {
            if (l.equals("* SEARCH") || l.startsWith("* SEARCH ")) {
                return Arrays.stream(l.substring("* SEARCH".length()).trim().split(" "))
                        .filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
            }
        }
        throw new AssertionError("no * SEARCH line: " + lines);
    }

    @Override
    public void close() throws Exception {
        engine.disconnected(connection);
        backend.close();
    }
}
