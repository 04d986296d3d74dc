package org.mailappliance.nntp.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.MemoryLiteral;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.nntp.NntpEngine;
import org.mailappliance.nntp.testing.FakeNewsgroups;
import org.mailappliance.nntp.testing.MutableClock;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.testing.FakeCredentialStore;

/**
 * Plays one transcript file against a fresh {@link NntpEngine} over a {@link FakeConnection} and
 * {@link FakeNewsgroups}, framing input as the adapter does (LINE, and DOT after POST's 340). Syntax: see
 * {@code transcripts/README.md}.
 */
final class TranscriptRunner {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final FakeNewsgroups store;
    private final FakeCredentialStore credentials = new FakeCredentialStore();
    private final Deque<String> output = new ArrayDeque<>();
    private final Deque<String> pipelined = new ArrayDeque<>();
    private final List<String> dotLines = new ArrayList<>();
    private String saslNonce;
    private String service = "nntp";
    private boolean implicitTls;
    private String clientIp = "192.0.2.10";
    private NntpEngine engine;
    private FakeConnection connection;
    private int postsSeen;
    private int lineNo;

    TranscriptRunner(Path file, Path workDir) {
        this.file = file;
        this.store = new FakeNewsgroups(workDir, clock);
        config.put("servername", "news.example.org");
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
        if (postsSeen != store.posts().size()) {
            fail("postings the transcript does not expect: " + store.posts().subList(postsSeen, store.posts().size()));
        }
    }

    private void step(String raw) {
        String rest = raw.length() > 3 ? raw.substring(3) : "";
        if (raw.startsWith("S:")) {
            sendPipelined();
            expectServer(rest, false);
        } else if (raw.startsWith("S=")) {
            sendPipelined();
            expectServer(rest, true);
        } else if (raw.startsWith("C:")) {
            sendPipelined();
            ensureStarted();
            beforeClientAction();
            deliver(Frame.line(rest.getBytes(StandardCharsets.UTF_8)));
        } else if (raw.startsWith("P:")) {
            ensureStarted();
            pipelined.add(rest);
        } else if (raw.startsWith("D:")) {
            sendPipelined();
            dot(rest);
        } else if (raw.startsWith("V:")) {
            sendPipelined();
            violation(rest);
        } else if (raw.startsWith("L:")) {
            sendPipelined();
            expectPost(rest);
        } else if (raw.startsWith("@")) {
            sendPipelined();
            directive(raw.substring(1).trim());
        } else {
            fail("cannot read this line (expected C:, P:, D:, S:, S=, V:, L:, @directive or # comment)");
        }
    }

    /** D: lines collect the unstuffed article; "D: ." sends it as the adapter's DOT frame (one literal). */
    private void dot(String text) {
        ensureStarted();
        if (!text.equals(".")) {
            dotLines.add(text);
            return;
        }
        beforeClientAction();
        if (connection.frameMode() != FrameMode.DOT) {
            fail("the engine did not ask for DOT framing before the article");
        }
        StringBuilder data = new StringBuilder();
        dotLines.forEach(l -> data.append(l).append("\r\n"));
        dotLines.clear();
        byte[] octets = data.toString().getBytes(StandardCharsets.UTF_8);
        deliver(new Frame(List.of(new byte[0], new byte[0]), List.of(new MemoryLiteral(octets, false)), null));
    }

    private void deliver(Frame frame) {
        int tlsBefore = connection.startTlsCalls();
        if (connection.open()) {
            engine.received(connection, frame);
        }
        if (connection.startTlsCalls() != tlsBefore) {
            pipelined.clear(); // the adapter discards input pipelined after STARTTLS (RFC 4642 §2.2.1)
        }
    }

    private void sendPipelined() {
        if (pipelined.isEmpty()) {
            return;
        }
        beforeClientAction();
        while (!pipelined.isEmpty()) {
            deliver(Frame.line(pipelined.poll().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void directive(String d) {
        String[] words = d.split("\\s+", 2);
        String arg = words.length > 1 ? words[1] : "";
        String[] w = arg.split("\\s+");
        switch (words[0]) {
            case "config" -> {
                requireNotStarted("@config");
                int colon = arg.indexOf(':');
                config.put(arg.substring(0, colon).trim(), arg.substring(colon + 1).trim());
            }
            case "service" -> {
                requireNotStarted("@service");
                service = arg;
            }
            case "client" -> {
                requireNotStarted("@client");
                clientIp = arg;
            }
            case "tls" -> {
                requireNotStarted("@tls");
                implicitTls = true;
            }
            case "sasl" -> {
                requireNotStarted("@sasl");
                saslNonce = arg.isEmpty() ? "srvnonce" : arg;
            }
            case "user" -> {
                String[] u = arg.split("\\s+", 2);
                store.user(u[0], u.length > 1 ? u[1] : "secret");
                credentials.user(u[0], u.length > 1 ? u[1] : "secret");
            }
            case "group" -> store.group(w[0], w[1], w[2], arg.split("\\s+", 4).length > 3 ? arg.split("\\s+", 4)[3]
                    : "");
            case "article" -> store.article(w[0], Long.parseLong(w[1]),
                    arg.split("\\s+", 3)[2].replace("|", "\r\n").replace("~", "\n")
                            .getBytes(StandardCharsets.UTF_8));
            case "clock" -> clock.set(Instant.parse(arg));
            case "down" -> store.down();
            case "postfails" -> store.postFails(arg.replaceFirst("^permanent\\s+", ""), !arg.startsWith("permanent "));
            case "lose" -> {
                try {
                    store.loseFile(w[0], Long.parseLong(w[1]));
                } catch (IOException e) {
                    fail("cannot delete the article file: " + e);
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
                connection.close();
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
        String[] w = what.split("\\s+");
        boolean ok = connection.holds(w).orElseGet(() -> switch (w[0]) {
            default -> {
                fail("unknown @expect " + w[0]);
                yield false;
            }
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + connection.describe() + ")");
        }
    }

    private void violation(String spec) {
        ensureStarted();
        beforeClientAction();
        String[] parts = spec.split(" ", 2);
        Violation v = Violation.valueOf(parts[0]);
        engine.received(connection, Frame.violation(v, (parts.length > 1 ? parts[1] : "")
                .getBytes(StandardCharsets.UTF_8)));
        if (v.fatal() && connection.open()) {
            connection.close();
        }
    }

    private void expectPost(String expected) {
        ensureStarted();
        if (postsSeen >= store.posts().size()) {
            fail("expected posting '" + expected + "' but there was none");
        }
        String actual = store.posts().get(postsSeen++);
        if (!Transcripts.pattern(expected).matcher(actual).matches()) {
            fail("posting differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
    }

    private void expectServer(String expected, boolean exact) {
        ensureStarted();
        collect();
        if (output.isEmpty()) {
            fail("expected server line '" + expected + "' but the server sent nothing more");
        }
        String actual = output.poll();
        boolean matches = exact ? expected.equals(actual) : Transcripts.pattern(expected).matcher(actual).matches();
        if (!matches) {
            fail("server line differs\n  expected: " + expected + "\n  actual:   " + actual);
        }
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
        Mechanisms mechanisms = null;
        if (saslNonce != null) {
            String nonce = saslNonce;
            mechanisms = Mechanisms.fromConfig(conf, credentials,
                    "transcript-fake-salt-secret".getBytes(StandardCharsets.US_ASCII), () -> nonce);
        }
        engine = new NntpEngine(conf, store, store, mechanisms, clock);
        connection = new FakeConnection(service, implicitTls ? List.of("nntpd", "-s") : List.of("nntpd"), false,
                clientIp, implicitTls);
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
