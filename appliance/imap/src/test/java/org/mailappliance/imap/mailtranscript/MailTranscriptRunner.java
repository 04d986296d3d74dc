package org.mailappliance.imap.mailtranscript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.imap.MailCommands;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.names.CyrusNaming;
import org.mailappliance.imap.names.DomainNaming;
import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.identity.PasswordLogin;
import org.mailappliance.sasl.identity.UserIds;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.db.DatabaseKind;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.message.DeliveryRequest;
import org.mailappliance.mailstore.testing.TestBackend;
import org.mailappliance.sasl.guard.LoginGuard;

/**
 * Plays one mail transcript: one or more IMAP sessions against a real {@link MailStore} on H2 in a temporary
 * directory. The syntax is in {@code mail-transcripts/README.md}.
 */
final class MailTranscriptRunner implements AutoCloseable {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final FakeAuthenticator authenticator = new FakeAuthenticator();
    private final Map<Integer, Session> sessions = new TreeMap<>();
    private final Set<String> users = new HashSet<>();
    private TestBackend backend;
    private MailStore store;
    private ImapEngine engine;
    private int lineNo;

    /** One client connection of the transcript. */
    private static final class Session {
        final FakeConnection connection = new FakeConnection("imap", false);
        final ClientFramer framer = new ClientFramer();
        final Deque<String> output = new ArrayDeque<>();
    }

    MailTranscriptRunner(Path file) {
        this.file = file;
        config.put("servername", "imap.example.org");
        config.put("allowplaintext", "yes");
    }

    void run() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String raw : lines) {
            lineNo++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            step(raw);
        }
        for (Map.Entry<Integer, Session> e : sessions.entrySet()) {
            collect(e.getValue());
            if (!e.getValue().output.isEmpty()) {
                fail("session " + e.getKey() + ": server sent more than the transcript expects: "
                        + e.getValue().output.peek());
            }
            if (e.getValue().framer.hasPartialInput()) {
                fail("session " + e.getKey() + ": the last client command is incomplete (a literal lacks octets)");
            }
        }
    }

    private void step(String raw) throws IOException {
        if (raw.startsWith("@")) {
            directive(raw.substring(1).trim());
            return;
        }
        int colon = raw.indexOf(':');
        if (colon < 1 || !(raw.charAt(0) == 'C' || raw.charAt(0) == 'S')) {
            fail("cannot read this line (expected C:, S:, C2:, S2:, @directive or # comment)");
        }
        int session = colon == 1 ? 1 : parseSession(raw.substring(1, colon));
        String text = raw.length() > colon + 1 ? raw.substring(colon + 2 > raw.length() ? raw.length() : colon + 2)
                : "";
        if (raw.charAt(0) == 'C') {
            client(session, text);
        } else {
            expectServer(session, text);
        }
    }

    private int parseSession(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            fail("bad session number '" + digits + "'");
            return 0;
        }
    }

    private void directive(String d) throws IOException {
        String[] words = d.split("\\s+", 2);
        String arg = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "config" -> {
                requireNoEngine("@config");
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    fail("@config needs 'key: value'");
                }
                config.put(arg.substring(0, colon).trim(), arg.substring(colon + 1).trim());
            }
            case "user" -> {
                String[] up = arg.split("\\s+");
                if (up.length != 2) {
                    fail("@user needs 'login password'");
                }
                authenticator.user(up[0], up[1]);
                ensureStore();
                store.mailboxes().createUser(up[0]);
                users.add(up[0]);
            }
            case "mailbox" -> {
                String[] parts = arg.split("\\s+", 2);
                ensureStore();
                store.mailboxes().create(parts[0], null, parts.length > 1 ? parts[1] : null, Identity.SYSTEM);
            }
            case "acl" -> {
                String[] parts = arg.split("\\s+");
                if (parts.length != 3) {
                    fail("@acl needs 'mailbox identifier rights'");
                }
                ensureStore();
                store.mailboxes().setAcl(parts[0], parts[1], parts[2], Identity.SYSTEM);
            }
            case "append" -> append(arg);
            case "deliver" -> deliver(arg);
            case "delete" -> {
                ensureStore();
                store.mailboxes().delete(arg.trim(), Identity.SYSTEM);
            }
            case "rename" -> {
                String[] parts = arg.split("\\s+");
                if (parts.length != 2) {
                    fail("@rename needs 'from to'");
                }
                ensureStore();
                store.mailboxes().rename(parts[0], parts[1], Identity.SYSTEM);
            }
            case "quota" -> {
                String[] parts = arg.split("\\s+");
                if (parts.length != 3) {
                    fail("@quota needs 'root storageKiB messages' (-1 for no limit)");
                }
                ensureStore();
                store.quotas().setLimits(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            }
            case "disconnect" -> {
                int n = arg.isEmpty() ? 1 : parseSession(arg);
                Session s = session(n);
                beforeClientAction(n, s);
                engine.disconnected(s.connection);
            }
            case "expect" -> expect(arg);
            default -> fail("unknown directive @" + words[0]);
        }
    }

    /** {@code @append MAILBOX FILE [FLAG ...]}: FILE under mail-transcripts/messages/, LF turned into CRLF. */
    private void append(String arg) throws IOException {
        String[] parts = arg.split("\\s+");
        if (parts.length < 2) {
            fail("@append needs 'mailbox file [flags...]'");
        }
        ensureStore();
        byte[] raw;
        try (InputStream in = MailTranscriptRunner.class.getResourceAsStream("/mail-transcripts/messages/"
                + parts[1])) {
            if (in == null) {
                fail("no message file mail-transcripts/messages/" + parts[1]);
            }
            raw = in.readAllBytes();
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        Path spool = Files.createTempFile(backend.directory(), "append-", ".eml");
        Files.write(spool, text.getBytes(StandardCharsets.ISO_8859_1));
        AppendResult result = store.messages().append(parts[0], spool,
                new java.util.LinkedHashSet<>(Arrays.asList(parts).subList(2, parts.length)),
                Instant.parse("2026-01-02T03:04:05Z"));
        if (!(result instanceof AppendResult.Appended)) {
            fail("@append failed: " + result);
        }
    }

    /**
     * {@code @deliver MAILBOX FILE RESULT}: delivers messages/FILE to MAILBOX as LMTP does (the store's delivery
     * path, with its quota rule) and checks the result: appended, overquota, duplicate, nosuchmailbox or failed.
     */
    private void deliver(String arg) throws IOException {
        String[] parts = arg.split("\\s+");
        if (parts.length != 3) {
            fail("@deliver needs 'mailbox file result'");
        }
        ensureStore();
        Path spool = spool(parts[1]);
        List<AppendResult> results = store.messages().deliver(new DeliveryRequest(spool,
                List.of(DeliveryRequest.Target.of(parts[0])), Instant.parse("2026-01-02T03:04:05Z"),
                "<deliver-" + lineNo + "@transcript>"));
        String actual = results.get(0).getClass().getSimpleName();
        if (!actual.equalsIgnoreCase(parts[2])) {
            fail("@deliver: expected " + parts[2] + " but got " + results.get(0));
        }
    }

    private Path spool(String file) throws IOException {
        byte[] raw;
        try (InputStream in = MailTranscriptRunner.class.getResourceAsStream("/mail-transcripts/messages/" + file)) {
            if (in == null) {
                fail("no message file mail-transcripts/messages/" + file);
            }
            raw = in.readAllBytes();
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        Path spool = Files.createTempFile(backend.directory(), "deliver-", ".eml");
        Files.write(spool, text.getBytes(StandardCharsets.ISO_8859_1));
        return spool;
    }

    /** {@code @expect CONDITION [ARGUMENT] [N]} (FakeConnection.holds): about session N's connection. */
    private void expect(String what) {
        String[] words = what.split("\\s+");
        boolean takesArgument = words[0].endsWith("-calls") || Set.of("idle", "frame", "pauses").contains(words[0]);
        int sessionAt = takesArgument ? 2 : 1;
        int n = words.length > sessionAt ? parseSession(words[sessionAt]) : 1;
        Session s = session(n);
        collect(s);
        String[] condition = Arrays.copyOf(words, Math.min(words.length, sessionAt));
        boolean ok = s.connection.holds(condition).orElseGet(() -> {
            fail("unknown @expect " + words[0]);
            return false;
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + s.connection.describe() + ")");
        }
    }

    private void client(int n, String text) {
        Session s = session(n);
        beforeClientAction(n, s);
        text = withUidValidities(text);
        s.framer.feed((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        Frame frame;
        while ((frame = s.framer.next()) != null) {
            engine.received(s.connection, frame);
        }
    }

    /** Replaces {@code ${uidvalidity NAME}} by the UIDVALIDITY of mailbox NAME (it is the creation time). */
    private String withUidValidities(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{uidvalidity ([^}]+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            long value = store.mailboxes().find(name).orElseThrow(() -> new AssertionError("no mailbox " + name))
                    .uidValidity();
            m.appendReplacement(out, Long.toString(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void expectServer(int n, String expected) {
        Session s = session(n);
        collect(s);
        if (s.output.isEmpty()) {
            fail("session " + n + ": expected server line '" + expected + "' but the server sent nothing more");
        }
        String actual = s.output.poll();
        if (!Transcripts.pattern(expected).matcher(actual).matches()) {
            fail("session " + n + ": server line differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
    }

    private void beforeClientAction(int n, Session s) {
        collect(s);
        if (!s.output.isEmpty()) {
            fail("session " + n + ": server sent a line the transcript does not expect: " + s.output.peek());
        }
    }

    private void collect(Session s) {
        try {
            s.output.addAll(s.connection.takeFlushedLines());
        } catch (AssertionError e) {
            fail(e.getMessage());
        }
    }

    /** The session, connected (and greeted) on first use. */
    private Session session(int n) {
        Session s = sessions.get(n);
        if (s == null) {
            ensureEngine();
            s = new Session();
            sessions.put(n, s);
            engine.connected(s.connection);
        }
        return s;
    }

    private void ensureStore() {
        if (store == null) {
            backend = TestBackend.create(DatabaseKind.H2);
            Map<String, String> all = new LinkedHashMap<>(config);
            all.putAll(backend.imapdConfValues());
            try {
                store = backend.track(MailStore.open(ImapdConf.of(all)));
            } catch (ConfigException e) {
                fail("store configuration: " + e.getMessage());
            }
        }
    }

    private void ensureEngine() {
        if (engine == null) {
            ensureStore();
            ImapdConf conf = ImapdConf.of(config);
            CommandRegistry registry = null;
            try {
                registry = CoreCommands.registry(canonicalLogins(UserIds.fromConfig(conf)));
                MailCommands.install(registry, new ImapStore(store, DomainNaming.from(conf)), conf);
            } catch (ConfigException e) {
                fail("configuration: " + e.getMessage());
            }
            engine = new ImapEngine(SettingsSource.cached(conf), registry, LoginGuard.fromConfigOrDefault(conf));
        }
    }

    /**
     * Logins go through the production identity rules (virtdomains, defaultdomain) before the accounts of
     * {@code @user} are asked, as the appliance's StoreAuthenticator does.
     */
    private Authenticator canonicalLogins(UserIds ids) {
        return (login, password, context) -> {
            PasswordLogin.Outcome outcome = new PasswordLogin(ids, (user, secret) ->
                    authenticator.authenticate(user, secret, context) instanceof AuthResult.Success
                            ? PasswordCheck.OK : PasswordCheck.BAD).check(login, password);
            return outcome.userId().<AuthResult>map(AuthResult.Success::new)
                    .orElseGet(() -> new AuthResult.Failure("wrong login"));
        };
    }

    private void requireNoEngine(String directive) {
        if (store != null || engine != null) {
            fail(directive + " must come before @user, @mailbox, @append and the first session");
        }
    }

    @Override
    public void close() throws Exception {
        for (Session s : sessions.values()) {
            if (s.connection.attachment() != null) {
                engine.disconnected(s.connection);
            }
        }
        if (backend != null) {
            backend.close();
        }
    }

    private void fail(String message) {
        throw new AssertionError(file.getFileName() + ":" + lineNo + ": " + message);
    }
}
