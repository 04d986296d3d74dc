package org.mailappliance.pop3.transcript;

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
import org.mailappliance.pop3.Pop3Engine;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.pop3.testing.FakeStore;
import org.mailappliance.sasl.Mechanisms;

/**
 * Plays one transcript file against a fresh {@link Pop3Engine} over a {@link FakeConnection} and a {@link FakeStore},
 * framing client lines the way the adapter does (LINE). The syntax is described in {@code transcripts/README.md}.
 */
final class TranscriptRunner {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final FakeStore store;
    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private String saslNonce;
    private final Deque<String> output = new ArrayDeque<>();
    private final Deque<String> input = new ArrayDeque<>();
    private final Deque<String> pipelined = new ArrayDeque<>();
    private String service = "pop3";
    private String remote = "192.0.2.10";
    private boolean implicitTls;
    private Pop3Engine engine;
    private FakeConnection connection;
    private int callsSeen;
    private int lineNo;

    TranscriptRunner(Path file, Path workDir) {
        this.file = file;
        this.store = new FakeStore(workDir);
        config.put("servername", "pop.example.org");
    }

    void run() throws IOException {
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            step(raw);
        }
        sendPipelined();
        collect();
        if (!output.isEmpty()) {
            fail("server sent more than the transcript expects: " + output.peek());
        }
        if (callsSeen != store.calls().size()) {
            fail("port calls the transcript does not expect: " + store.calls().subList(callsSeen,
                    store.calls().size()));
        }
    }

    private void step(String raw) {
        if (raw.startsWith("S: ") || raw.equals("S:")) {
            sendPipelined();
            expectServer(raw.substring(Math.min(3, raw.length())), false);
        } else if (raw.startsWith("S= ")) {
            sendPipelined();
            expectServer(raw.substring(3), true);
        } else if (raw.startsWith("C: ") || raw.equals("C:")) {
            sendPipelined();
            client(raw.substring(Math.min(3, raw.length())));
        } else if (raw.startsWith("P: ")) {
            ensureStarted();
            pipelined.add(raw.substring(3));
        } else if (raw.startsWith("V: ")) {
            sendPipelined();
            violation(raw.substring(3));
        } else if (raw.startsWith("L: ")) {
            sendPipelined();
            expectCall(raw.substring(3));
        } else if (raw.startsWith("@")) {
            sendPipelined();
            directive(raw.substring(1).trim());
        } else {
            fail("cannot read this line (expected C:, P:, S:, S=, V:, L:, @directive or # comment)");
        }
    }

    private void directive(String d) {
        String[] words = d.split("\\s+", 2);
        String arg = words.length > 1 ? words[1] : "";
        String[] w = arg.split("\\s+", 3);
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
            case "remote" -> {
                requireNotStarted("@remote");
                remote = arg;
            }
            case "tls" -> {
                requireNotStarted("@tls");
                implicitTls = true;
            }
            case "user" -> {
                String[] u = arg.split("\\s+", 2);
                store.user(u[0], u.length > 1 ? u[1] : "secret");
                credentials.user(u[0], u.length > 1 ? u[1] : "secret");
            }
            case "sasl" -> {
                requireNotStarted("@sasl");
                saslNonce = arg.isEmpty() ? "srvnonce" : arg;
            }
            case "admin" -> credentials.admin(arg);
            case "credentials" -> {
                if (!arg.equals("unavailable")) {
                    fail("@credentials only knows 'unavailable'");
                }
                credentials.unavailable(true);
            }
            case "uidvalidity" -> store.uidValidity(w[0], Long.parseLong(w[1]));
            case "message" -> {
                if (w.length < 3) {
                    fail("@message needs 'userid UID octets'");
                }
                store.message(w[0], Long.parseLong(w[1]), FakeStore.octets(w[2]));
            }
            case "unreadable" -> store.unreadable(w[0], Long.parseLong(w[1]));
            case "broken" -> store.failsMidStream(w[0], Long.parseLong(w[1]));
            case "maildrop" -> store.openFails(w[0], w[1]);
            case "auth" -> store.authFails(arg);
            case "expunge" -> store.expungeFails();
            case "refuse" -> {
                requireNotStarted("@refuse");
                create();
                engine.refused(connection, arg);
            }
            case "timeout" -> {
                ensureStarted();
                beforeClientAction();
                engine.timedOut(connection);
                connection.close();
            }
            case "disconnect" -> {
                ensureStarted();
                beforeClientAction();
                if (connection.open()) {
                    connection.close();
                }
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
            case "no-more-calls" -> callsSeen == store.calls().size();
            default -> {
                fail("unknown @expect " + words[0]);
                yield false;
            }
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + connection.describe() + ", unmatched port calls="
                    + store.calls().subList(callsSeen, store.calls().size()) + ")");
        }
    }

    private void client(String text) {
        ensureStarted();
        beforeClientAction();
        input.add(text);
        frameInput();
    }

    private void sendPipelined() {
        if (pipelined.isEmpty()) {
            return;
        }
        beforeClientAction();
        input.addAll(pipelined);
        pipelined.clear();
        frameInput();
    }

    private void frameInput() {
        while (!input.isEmpty() && connection.open()) {
            Frame frame = Frame.line(input.poll().getBytes(StandardCharsets.UTF_8));
            int tlsBefore = connection.startTlsCalls();
            engine.received(connection, frame);
            if (connection.startTlsCalls() != tlsBefore) {
                // the adapter discards input pipelined after STLS (RFC 2595 §4)
                input.clear();
            }
        }
        input.clear();
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
        if (v.fatal() && connection.open()) {
            connection.close();
        }
    }

    private void expectServer(String expected, boolean exact) {
        ensureStarted();
        collect();
        if (output.isEmpty()) {
            fail("expected server line '" + expected + "' but the server sent nothing more");
        }
        String actual = output.poll();
        boolean matches = exact ? expected.equals(actual) : pattern(expected).matcher(actual).matches();
        if (!matches) {
            fail("server line differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
    }

    private void expectCall(String expected) {
        ensureStarted();
        List<String> calls = store.calls();
        if (callsSeen >= calls.size()) {
            fail("expected port call '" + expected + "' but there was none");
        }
        String actual = calls.get(callsSeen++);
        if (!pattern(expected).matcher(actual).matches()) {
            fail("port call differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
    }

    static Pattern pattern(String expected) {
        return Transcripts.pattern(expected);
    }

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
            engine = new Pop3Engine(conf, store, store);
        } else {
            String nonce = saslNonce;
            engine = new Pop3Engine(conf, store, store, Mechanisms.fromConfig(conf, credentials,
                    "transcript-fake-salt-secret".getBytes(StandardCharsets.US_ASCII), () -> nonce));
        }
        connection = new FakeConnection(service, List.of("pop3d"), false, remote, implicitTls);
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
