package org.mailappliance.imap.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.imap.ImapEngine;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.testing.FakeAuthenticator;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.sasl.Mechanisms;

/**
 * Plays one transcript file against a fresh {@link ImapEngine} over a {@link FakeConnection}. The syntax is
 * described at the top of every transcript file and in {@code transcripts/README.md}.
 */
final class TranscriptRunner {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final FakeAuthenticator authenticator = new FakeAuthenticator();
    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private String saslNonce;
    private final ClientFramer framer = new ClientFramer();
    private final Deque<String> output = new ArrayDeque<>();
    private String service = "imap";
    private boolean implicitTls;
    private ImapEngine engine;
    private FakeConnection connection;
    private int lineNo;

    TranscriptRunner(Path file) {
        this.file = file;
        config.put("servername", "imap.example.org");
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
        collect();
        if (!output.isEmpty()) {
            fail("server sent more than the transcript expects: " + output.peek());
        }
        if (framer.hasPartialInput()) {
            fail("the last client command is incomplete (a literal is missing octets)");
        }
    }

    private void step(String raw) {
        if (raw.startsWith("S: ") || raw.equals("S:")) {
            expectServer(raw.substring(Math.min(3, raw.length())));
        } else if (raw.startsWith("C: ") || raw.equals("C:")) {
            client(raw.substring(Math.min(3, raw.length())));
        } else if (raw.startsWith("V: ")) {
            violation(raw.substring(3));
        } else if (raw.startsWith("@")) {
            directive(raw.substring(1).trim());
        } else {
            fail("cannot read this line (expected C:, S:, V:, @directive or # comment)");
        }
    }

    private void directive(String d) {
        String[] words = d.split("\\s+", 2);
        String arg = words.length > 1 ? words[1] : "";
        switch (words[0]) {
            case "config" -> {
                requireNotStarted("@config");
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    fail("@config needs 'key: value'");
                }
                config.put(arg.substring(0, colon).trim(), arg.substring(colon + 1).trim());
            }
            case "service" -> {
                requireNotStarted("@service");
                service = arg;
            }
            case "tls" -> {
                requireNotStarted("@tls");
                implicitTls = true;
            }
            case "user" -> {
                String[] up = arg.split("\\s+");
                if (up.length != 2) {
                    fail("@user needs 'login password'");
                }
                authenticator.user(up[0], up[1]);
                credentials.user(up[0], up[1]);
            }
            case "authenticator" -> {
                switch (arg) {
                    case "unavailable" -> {
                        authenticator.unavailable(true);
                        credentials.unavailable(true);
                    }
                    case "throwing" -> authenticator.throwing(new IllegalStateException("simulated back-end bug"));
                    default -> fail("@authenticator unavailable|throwing");
                }
            }
            case "sasl" -> {
                requireNotStarted("@sasl");
                saslNonce = arg.isEmpty() ? "srvnonce" : arg;
            }
            case "admin" -> credentials.admin(arg);
            case "refuse" -> {
                requireNotStarted("@refuse");
                create();
                engine.refused(connection, arg);
            }
            case "timeout" -> {
                ensureStarted();
                beforeClientAction();
                engine.timedOut(connection);
            }
            case "disconnect" -> {
                ensureStarted();
                beforeClientAction();
                engine.disconnected(connection);
                if (connection.attachment() != null) {
                    fail("the session is still attached after disconnected()");
                }
            }
            case "expect" -> expect(arg);
            default -> fail("unknown directive @" + words[0]);
        }
    }

    private void expect(String what) {
        ensureStarted();
        collect();
        String[] words = what.split("\\s+");
        boolean ok = connection.holds(words).orElseGet(() -> switch (words[0]) {
            case "login-attempts" -> authenticator.attempts().size() == Integer.parseInt(words[1]);
            default -> {
                fail("unknown @expect " + words[0]);
                yield false;
            }
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + connection.describe() + ", login attempts=" + authenticator.attempts().size() + ")");
        }
    }

    private void client(String text) {
        ensureStarted();
        beforeClientAction();
        framer.feed((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        Frame frame;
        while ((frame = framer.next()) != null) {
            engine.received(connection, frame);
        }
    }

    private void violation(String spec) {
        ensureStarted();
        beforeClientAction();
        String[] parts = spec.split(" ", 2);
        Violation v;
        try {
            v = Violation.valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            fail("unknown violation " + parts[0]);
            return;
        }
        byte[] partial = (parts.length > 1 ? parts[1] : "").getBytes(StandardCharsets.UTF_8);
        engine.received(connection, Frame.violation(v, partial));
    }

    private void expectServer(String expected) {
        ensureStarted();
        collect();
        if (output.isEmpty()) {
            fail("expected server line '" + expected + "' but the server sent nothing more");
        }
        String actual = output.poll();
        if (!pattern(expected).matcher(actual).matches()) {
            fail("server line differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
    }

    static Pattern pattern(String expected) {
        return Transcripts.pattern(expected);
    }

    /** Before the client acts, the server must have said everything the transcript expected, and flushed it. */
    private void beforeClientAction() {
        collect();
        if (!output.isEmpty()) {
            fail("server sent a line the transcript does not expect: " + output.peek());
        }
    }

    private void collect() {
        try {
            output.addAll(connection.takeFlushedLines());
        } catch (AssertionError e) {
            fail(e.getMessage());
        }
    }

    private void create() {
        ImapdConf conf = ImapdConf.of(config);
        if (saslNonce == null) {
            engine = new ImapEngine(conf, authenticator);
        } else {
            String nonce = saslNonce;
            Mechanisms mechanisms = Mechanisms.fromConfig(conf, credentials,
                    "transcript-fake-salt-secret".getBytes(StandardCharsets.US_ASCII), () -> nonce);
            engine = new ImapEngine(SettingsSource.cached(conf), CoreCommands.registry(authenticator, mechanisms));
        }
        connection = new FakeConnection(service, implicitTls);
    }

    private void ensureStarted() {
        if (connection == null) {
            create();
            engine.connected(connection);
        }
    }

    private void requireNotStarted(String directive) {
        if (connection != null) {
            fail(directive + " must come before the session starts");
        }
    }

    private void fail(String message) {
        throw new AssertionError(file.getFileName() + ":" + lineNo + ": " + message);
    }
}
