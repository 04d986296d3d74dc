package org.mailappliance.connector.ra.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopbackSessionTest {

    @TempDir
    Path dir;
    Loopback loopback;
    EchoListener listener = new EchoListener();
    ServiceListener service;

    @BeforeEach
    void start() throws Exception {
        loopback = new Loopback(dir);
        service = loopback.open(loopback.settings("echo", false), listener, 8);
    }

    @AfterEach
    void stop() {
        loopback.close();
    }

    @Test
    void greetsAndAnswersPipelinedCommandsInOrderOneAtATime() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            assertThat(client.line()).isEqualTo("* OK hello");
            client.send("SLEEP 50\r\none\r\ntwo\r\nSLEEP 20\r\nthree\r\n");
            assertThat(client.line()).isEqualTo("SLEPT");
            assertThat(client.line()).isEqualTo("ECHO one");
            assertThat(client.line()).isEqualTo("ECHO two");
            assertThat(client.line()).isEqualTo("SLEPT");
            assertThat(client.line()).isEqualTo("ECHO three");
        }
        assertThat(listener.maxOverlap.get()).isEqualTo(1);
    }

    @Test
    void aPauseHoldsTheReplyAndTheNextCommandWithoutHoldingAThread() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            long start = System.nanoTime();
            client.send("PAUSE 400\r\nafter\r\n");
            assertThat(client.line()).isEqualTo("PAUSED");
            long replied = System.nanoTime();
            assertThat(client.line()).isEqualTo("ECHO after");
            assertThat(Duration.ofNanos(replied - start)).isGreaterThanOrEqualTo(Duration.ofMillis(380));
            assertThat(listener.maxOverlap.get()).isEqualTo(1);
        }
    }

    @Test
    void imapModeSendsContinuationForSynchronizingLiterals() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("IMAP\r\n");
            assertThat(client.line()).isEqualTo("OK imap");
            client.send("a LOGIN {5}\r\n");
            assertThat(client.line()).isEqualTo("+ go ahead");
            client.send("alice {3+}\r\npw!\r\n");
            assertThat(client.line()).isEqualTo("ECHO a LOGIN {5} [5] [3]");
        }
    }

    @Test
    void dotModeForData() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("DATA\r\n");
            assertThat(client.line()).isEqualTo("354 go");
            client.send("Subject: hi\r\n\r\n..dot\r\n.\r\nNEXT\r\n");
            assertThat(client.line()).isEqualTo("DATA Subject: hi||.dot|");
            assertThat(client.line()).isEqualTo("ECHO NEXT");
        }
    }

    @Test
    void fatalViolationIsAnsweredThenTheConnectionCloses() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("x".repeat(5000) + "\r\nNOOP\r\n");
            assertThat(client.line()).isEqualTo("VIOLATION LINE_TOO_LONG");
            assertThat(client.line()).isNull();
        }
        Await.until(() -> listener.count("disconnected") == 1);
    }

    @Test
    void quitClosesAndDisconnectedComesOnce() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("QUIT\r\n");
            assertThat(client.line()).isEqualTo("BYE");
            assertThat(client.line()).isNull();
        }
        Await.until(() -> listener.count("disconnected") == 1);
        Thread.sleep(100);
        assertThat(listener.count("disconnected")).isEqualTo(1);
        Await.until(() -> service.openConnections() == 0);
    }

    @Test
    void clientVanishingMidCallGetsDisconnectedAfterTheCallEnds() throws Exception {
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("SLEEP 300\r\n");
            Await.until(() -> listener.count("received") == 1);
        }
        Await.until(() -> listener.count("disconnected") == 1);
        assertThat(listener.events).last().asString().startsWith("disconnected");
        assertThat(listener.maxOverlap.get()).isEqualTo(1);
    }

    @Test
    void idleConnectionTimesOut() throws Exception {
        loopback.close();
        loopback = new Loopback(dir);
        ServiceSettings s = loopback.settings("idle", false);
        ServiceSettings quick = new ServiceSettings(s.service(), s.command(), s.address(), false, s.tls(), 0, 0,
                s.framing(), s.initialMode(), Duration.ofMillis(300), s.writeTimeout());
        service = loopback.open(quick, listener, 4);
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            assertThat(client.line()).isEqualTo("* BYE idle");
            assertThat(client.line()).isNull();
        }
        Await.until(() -> listener.count("disconnected") == 1);
        assertThat(listener.count("timedOut")).isEqualTo(1);
    }

    @Test
    void largeStreamedWriteArrivesWhole() throws Exception {
        long size = 30L * 1024 * 1024;
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("BIG " + size + "\r\n");
            assertThat(client.line()).isEqualTo("BIG " + size);
            // read slowly at first so that the writer has to wait for the client
            Thread.sleep(300);
            long received = 0;
            byte[] buf = new byte[8192];
            while (received < size) {
                int n = client.in.read(buf, 0, (int) Math.min(buf.length, size - received));
                assertThat(n).isPositive();
                received += n;
            }
            assertThat(client.line()).isEmpty();
            assertThat(client.line()).isEqualTo("END");
        }
    }

    @Test
    void fileIsSentWithoutLoadingIt() throws Exception {
        Path file = dir.resolve("message");
        Files.writeString(file, "From: a\r\n\r\nbody\r\n", StandardCharsets.US_ASCII);
        listener.file = file;
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("FILE\r\n");
            assertThat(client.line()).isEqualTo("FILE");
            assertThat(client.line()).isEqualTo("From: a");
            assertThat(client.line()).isEmpty();
            assertThat(client.line()).isEqualTo("body");
            assertThat(client.line()).isEmpty();
            assertThat(client.line()).isEqualTo("END");
        }
    }
}
