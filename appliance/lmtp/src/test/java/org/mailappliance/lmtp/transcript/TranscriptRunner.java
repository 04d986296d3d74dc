package org.mailappliance.lmtp.transcript;

import java.io.ByteArrayOutputStream;
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
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.lmtp.LmtpEngine;
import org.mailappliance.lmtp.delivery.DeliveryVerdict;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.Transcripts;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.lmtp.testing.FakeDeliveries;
import org.mailappliance.connector.api.testing.MemoryLiteral;
import org.mailappliance.sasl.Mechanisms;

/**
 * Plays one transcript file against a fresh {@link LmtpEngine} over a {@link FakeConnection}, framing client lines
 * the way the adapter does (LINE, or DOT after 354: lines up to the lone "." become one unstuffed literal). The syntax
 * is described in {@code transcripts/README.md}.
 */
final class TranscriptRunner {
    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final FakeDeliveries deliveries = new FakeDeliveries();
    private final FakeCredentialStore credentials = new FakeCredentialStore();
    /** The server's SCRAM nonce when the engine runs SASL; null: the engine without SASL. */
    private String saslNonce;
    private final Deque<String> output = new ArrayDeque<>();
    /** Client lines sent but not yet framed (pipelined, or data lines before the final dot). */
    private final Deque<String> input = new ArrayDeque<>();
    private final Deque<String> pipelined = new ArrayDeque<>();
    private String service = "lmtp";
    private List<String> command = List.of("lmtpd");
    private boolean unix;
    private String remote = "192.0.2.10";
    private boolean implicitTls;
    private LmtpEngine engine;
    private FakeConnection connection;
    private int callsSeen;
    private int lineNo;

    TranscriptRunner(Path file) {
        this.file = file;
        config.put("servername", "lmtp.example.org");
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
        if (!input.isEmpty()) {
            fail("client input was never framed (data without its final dot?): " + input.peek());
        }
    }

    private void step(String raw) {
        if (raw.startsWith("S: ") || raw.equals("S:")) {
            sendPipelined();
            expectServer(raw.substring(Math.min(3, raw.length())));
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
            fail("cannot read this line (expected C:, P:, S:, V:, L:, @directive or # comment)");
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
            case "command" -> {
                requireNotStarted("@command");
                command = List.of(arg.split("\\s+"));
            }
            case "unix" -> {
                requireNotStarted("@unix");
                unix = true;
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
                String[] w = arg.split("\\s+");
                deliveries.user(w[0], w.length > 1 ? w[1] : "ok");
            }
            case "sasl" -> {
                requireNotStarted("@sasl");
                saslNonce = arg.isEmpty() ? "srvnonce" : arg;
            }
            case "account" -> {
                String[] w = arg.split("\\s+");
                if (w.length != 2) {
                    fail("@account needs 'login password'");
                }
                credentials.user(w[0], w[1]);
            }
            case "admin" -> credentials.admin(arg);
            case "credentials" -> {
                if (!arg.equals("unavailable")) {
                    fail("@credentials unavailable");
                }
                credentials.unavailable(true);
            }
            case "folder" -> deliveries.folder(arg);
            case "deliver" -> {
                String[] w = arg.split("\\s+", 3);
                if (w.length < 2) {
                    fail("@deliver needs 'userid Verdict [reason]'");
                }
                String reason = w.length > 2 ? w[2] : "";
                deliveries.deliveryVerdict(w[0], switch (w[1]) {
                    case "Delivered" -> new DeliveryVerdict.Delivered();
                    case "Duplicate" -> new DeliveryVerdict.Duplicate();
                    case "OverQuota" -> new DeliveryVerdict.OverQuota();
                    case "TemporaryFailure" -> new DeliveryVerdict.TemporaryFailure(reason);
                    case "PermanentFailure" -> new DeliveryVerdict.PermanentFailure(reason);
                    default -> {
                        fail("unknown verdict " + w[1]);
                        yield null;
                    }
                });
            }
            case "port" -> {
                switch (arg) {
                    case "throwing" -> deliveries.failWith(new IllegalStateException("simulated port bug"));
                    case "short-verdicts" -> deliveries.wrongVerdictCount();
                    default -> fail("@port throwing|short-verdicts");
                }
            }
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
            case "no-more-calls" -> callsSeen == deliveries.calls().size();
            default -> {
                fail("unknown @expect " + words[0]);
                yield false;
            }
        });
        if (!ok) {
            fail("@expect " + what + " does not hold (" + connection.describe() + ", unmatched port calls="
                    + deliveries.calls().subList(callsSeen, deliveries.calls().size()) + ")");
        }
    }

    private void client(String text) {
        ensureStarted();
        beforeClientAction();
        input.add(text);
        frameInput();
    }

    /** Pipelined lines reach the engine together, just before the transcript looks at the server's answers. */
    private void sendPipelined() {
        if (pipelined.isEmpty()) {
            return;
        }
        beforeClientAction();
        input.addAll(pipelined);
        pipelined.clear();
        frameInput();
    }

    /** Cuts buffered client lines into frames by the mode the engine asked for, as the adapter does. */
    private void frameInput() {
        while (!input.isEmpty() && connection.open()) {
            Frame frame;
            if (connection.frameMode() == FrameMode.DOT) {
                if (!input.contains(".")) {
                    return;
                }
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (String l = input.poll(); !l.equals("."); l = input.poll()) {
                    String unstuffed = l.startsWith(".") ? l.substring(1) : l;
                    data.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                frame = new Frame(List.of(new byte[0], new byte[0]),
                        List.of(new MemoryLiteral(data.toByteArray(), false, true)), null);
            } else {
                frame = Frame.line(input.poll().getBytes(StandardCharsets.UTF_8));
            }
            int tlsBefore = connection.startTlsCalls();
            engine.received(connection, frame);
            if (connection.startTlsCalls() != tlsBefore) {
                // the adapter discards input pipelined after STARTTLS (RFC 3207 §4.2)
                input.clear();
            }
        }
        if (!connection.open()) {
            input.clear();
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
        input.clear();
        byte[] partial = (parts.length > 1 ? parts[1] : "").getBytes(StandardCharsets.UTF_8);
        engine.received(connection, Frame.violation(v, partial));
        if (v.fatal()) {
            connection.close();
        }
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

    private void expectCall(String expected) {
        ensureStarted();
        List<String> calls = deliveries.calls();
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
            engine = new LmtpEngine(conf, deliveries);
        } else {
            String nonce = saslNonce;
            Mechanisms mechanisms = Mechanisms.fromConfig(conf, credentials,
                    "transcript-fake-salt-secret".getBytes(StandardCharsets.US_ASCII), () -> nonce);
            engine = new LmtpEngine(conf, deliveries, mechanisms);
        }
        connection = new FakeConnection(service, command, unix, remote, implicitTls);
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
