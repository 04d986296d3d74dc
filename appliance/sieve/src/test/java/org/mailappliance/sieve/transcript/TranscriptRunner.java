package org.mailappliance.sieve.transcript;

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
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.sieve.SieveEngine;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.testing.FakeScripts;
import org.mailappliance.sieve.testing.SieveFramer;

/**
 * Plays one transcript file against a fresh {@link SieveEngine} over a {@link FakeConnection} and {@link FakeScripts},
 * framing client octets the way the adapter's SIEVE mode does. The syntax is described in
 * {@code transcripts/README.md}.
 */
final class TranscriptRunner {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final FakeScripts scripts = new FakeScripts();
    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private final Deque<String> output = new ArrayDeque<>();
    private final SieveFramer framer = new SieveFramer();
    private final StringBuilder pipelined = new StringBuilder();
    private String service = "sieve";
    private boolean implicitTls;
    private boolean sasl = true;
    private SieveEngine engine;
    private FakeConnection connection;
    private int lineNo;

    TranscriptRunner(Path file) {
        this.file = file;
        config.put("servername", "sieve.example.org");
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
        if (connection != null && framer.hasPartialInput() && connection.open()) {
            fail("client input left that makes no whole command");
        }
    }

    private void step(String raw) {
        if (raw.startsWith("S: ") || raw.equals("S:")) {
            sendPipelined();
            expectServer(raw.substring(Math.min(3, raw.length())), false);
        } else if (raw.startsWith("S= ") || raw.equals("S=")) {
            sendPipelined();
            expectServer(raw.substring(Math.min(3, raw.length())), true);
        } else if (raw.startsWith("C: ") || raw.equals("C:")) {
            ensureStarted();
            pipelined.append(raw.substring(Math.min(3, raw.length()))).append("\r\n");
        } else if (raw.startsWith("V: ")) {
            sendPipelined();
            violation(raw.substring(3));
        } else if (raw.startsWith("@")) {
            sendPipelined();
            directive(raw.substring(1).trim());
        } else {
            fail("cannot read this line (expected C:, S:, S=, V:, @directive or # comment)");
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
            case "nosasl" -> {
                requireNotStarted("@nosasl");
                sasl = false;
            }
            case "user" -> {
                String[] u = arg.split("\\s+", 2);
                credentials.user(u[0], u.length > 1 ? u[1] : "secret");
            }
            case "admin" -> credentials.admin(arg);
            case "credentials" -> credentials.unavailable(arg.equals("unavailable"));
            case "store" -> scripts.failing(arg.equals("fail"));
            case "script" -> {
                // @script USER NAME [active] TEXT   ("|" in TEXT is CRLF)
                String[] w = arg.split("\\s+", 4);
                boolean active = w.length > 2 && w[2].equals("active");
                String text = (active ? (w.length > 3 ? w[3] : "") : arg.split("\\s+", 3)[2]).replace("|", "\r\n");
                scripts.put(w[0], w[1], text, Integer.MAX_VALUE);
                if (active) {
                    scripts.setActive(w[0], w[1]);
                }
            }
            case "timeout" -> {
                ensureStarted();
                beforeClientAction();
                engine.timedOut(connection);
                connection.close();
            }
            case "refuse" -> {
                requireNotStarted("@refuse");
                create();
                engine.refused(connection, arg);
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
        String[] words = what.split("\\s+", 3);
        boolean ok = connection.holds(words).orElseGet(() -> switch (words[0]) {
            // @expect scripts USER [a, b*]   (* marks the active one)
            case "scripts" -> describe(scripts.list(words[1])).equals(words.length > 2 ? words[2] : "[]");
            default -> {
                fail("unknown @expect " + words[0]);
                yield false;
            }
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + connection.describe()
                    + (words[0].equals("scripts") ? ", scripts=" + describe(scripts.list(words[1])) : "") + ")");
        }
    }

    private static String describe(List<ScriptStore.Entry> list) {
        return list.stream().map(e -> e.name() + (e.active() ? "*" : "")).toList().toString();
    }

    private void sendPipelined() {
        if (pipelined.length() == 0) {
            return;
        }
        beforeClientAction();
        framer.feed(pipelined.toString().getBytes(StandardCharsets.UTF_8));
        pipelined.setLength(0);
        Frame frame;
        while (connection.open() && (frame = framer.next()) != null) {
            int tlsBefore = connection.startTlsCalls();
            engine.received(connection, frame);
            if (connection.startTlsCalls() != tlsBefore) {
                // the adapter discards input pipelined after STARTTLS
                framer.clear();
            }
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
        try {
            credentials.userIds(org.mailappliance.sasl.identity.UserIds.fromConfig(conf));
        } catch (org.mailappliance.config.ConfigException e) {
            fail("virtdomains: " + e.getMessage());
        }
        Mechanisms mechanisms = !sasl ? null : Mechanisms.fromConfig(conf, credentials,
                "transcript-fake-salt-secret".getBytes(StandardCharsets.US_ASCII), () -> "srvnonce");
        engine = new SieveEngine(conf, scripts, mechanisms, LoginGuard.fromConfigOrDefault(conf));
        connection = new FakeConnection(service, List.of("timsieved"), false, "192.0.2.10", implicitTls);
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
