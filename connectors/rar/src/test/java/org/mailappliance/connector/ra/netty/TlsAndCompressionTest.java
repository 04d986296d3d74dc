package org.mailappliance.connector.ra.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsAndCompressionTest {

    @TempDir
    Path dir;
    Loopback loopback;
    EchoListener listener = new EchoListener();

    @BeforeEach
    void start() throws Exception {
        loopback = new Loopback(dir);
    }

    @AfterEach
    void stop() {
        loopback.close();
    }

    @Test
    void implicitTlsGreetsAfterTheHandshake() throws Exception {
        ServiceListener service = loopback.open(loopback.settings("echos", true), listener, 4);
        InetSocketAddress address = (InetSocketAddress) service.boundAddress();
        SSLSocket socket = (SSLSocket) loopback.clientTls().getSocketFactory()
                .createSocket(address.getAddress(), address.getPort());
        try (LineClient client = new LineClient(socket)) {
            assertThat(client.line()).isEqualTo("* OK hello secure");
            client.send("SECURE?\r\n");
            assertThat(client.line()).isIn("SECURE TLSv1.3", "SECURE TLSv1.2");
            client.send("ping\r\n");
            assertThat(client.line()).isEqualTo("ECHO ping");
        }
    }

    @Test
    void plainClientOnImplicitTlsPortGetsNothingAndNoCalls() throws Exception {
        ServiceListener service = loopback.open(loopback.settings("echos", true), listener, 4);
        try (LineClient client = Loopback.connect(service)) {
            client.send("a LOGIN x y\r\n");
            assertThat(client.in.read()).isIn(-1, 0x15); // closed, or a TLS alert record
        }
        Thread.sleep(200);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void starttlsDiscardsCommandsInjectedBeforeTheHandshake() throws Exception {
        ServiceListener service = loopback.open(loopback.settings("echo", false), listener, 4);
        InetSocketAddress address = (InetSocketAddress) service.boundAddress();
        try (LineClient plain = Loopback.connect(service)) {
            assertThat(plain.line()).isEqualTo("* OK hello");
            // CVE-2011-0411: a man in the middle appends a command to the client's STARTTLS
            plain.send("STARTTLS\r\nINJECTED\r\n");
            assertThat(plain.line()).isEqualTo("OK begin TLS");
            SSLSocket tls = (SSLSocket) loopback.clientTls().getSocketFactory()
                    .createSocket(plain.socket, address.getHostString(), address.getPort(), true);
            tls.startHandshake();
            LineClient secure = new LineClient(tls);
            secure.send("SECURE?\r\n");
            assertThat(secure.line()).startsWith("SECURE TLSv1.");
            secure.send("after\r\n");
            assertThat(secure.line()).isEqualTo("ECHO after");
        }
        assertThat(listener.events).noneMatch(e -> e.contains("INJECTED"));
    }

    @Test
    void compressionInBothDirectionsIncludingInputSentRightAfterCompress() throws Exception {
        ServiceListener service = loopback.open(loopback.settings("echo", false), listener, 4);
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            // the first compressed command travels in the same packet as COMPRESS itself
            ByteArrayOutputStream packet = new ByteArrayOutputStream();
            packet.write("COMPRESS\r\n".getBytes(StandardCharsets.US_ASCII));
            packet.write(deflate(deflater, "early\r\n"));
            client.out.write(packet.toByteArray());
            client.out.flush();
            assertThat(client.line()).isEqualTo("OK deflate");
            InputStream inflated = new InflaterInputStream(client.in, new Inflater(true), 1);
            LineClient compressed = new LineClient(client.socket);
            compressed.in = inflated;
            assertThat(compressed.line()).isEqualTo("ECHO early");
            OutputStream out = client.out;
            out.write(deflate(deflater, "x".repeat(900) + "\r\n"));
            out.flush();
            assertThat(compressed.line()).isEqualTo("ECHO " + "x".repeat(900));
        }
    }

    /**
     * COMPRESS after STARTTLS: DEFLATE goes inside TLS (the client inflates what its TLS socket decrypts), and a
     * file and a stream pass through both layers intact.
     */
    @Test
    void compressionAfterStartTlsRunsInsideTls() throws Exception {
        java.nio.file.Path file = dir.resolve("message");
        byte[] content = ("Subject: x\r\n\r\n" + "line of text ".repeat(20_000)).getBytes(StandardCharsets.US_ASCII);
        java.nio.file.Files.write(file, content);
        listener.file = file;
        ServiceListener service = loopback.open(loopback.settings("echo", false), listener, 4);
        InetSocketAddress address = (InetSocketAddress) service.boundAddress();
        try (LineClient plain = Loopback.connect(service)) {
            plain.line();
            plain.send("STARTTLS\r\n");
            assertThat(plain.line()).isEqualTo("OK begin TLS");
            SSLSocket tls = (SSLSocket) loopback.clientTls().getSocketFactory()
                    .createSocket(plain.socket, address.getHostString(), address.getPort(), true);
            tls.startHandshake();
            LineClient secure = new LineClient(tls);
            secure.send("COMPRESS\r\n");
            assertThat(secure.line()).isEqualTo("OK deflate");
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            LineClient compressed = new LineClient(tls);
            compressed.in = new InflaterInputStream(tls.getInputStream(), new Inflater(true), 1);
            compressed.out.write(deflate(deflater, "SECURE?\r\n"));
            compressed.out.flush();
            assertThat(compressed.line()).startsWith("SECURE TLSv1.");
            compressed.out.write(deflate(deflater, "FILE\r\n"));
            compressed.out.flush();
            assertThat(compressed.line()).isEqualTo("FILE");
            assertThat(compressed.bytes(content.length)).isEqualTo(content);
            assertThat(compressed.line()).isEmpty();
            assertThat(compressed.line()).isEqualTo("END");
            compressed.out.write(deflate(deflater, "BIG 300000\r\n"));
            compressed.out.flush();
            assertThat(compressed.line()).isEqualTo("BIG 300000");
            byte[] big = compressed.bytes(300_000);
            assertThat(big).hasSize(300_000);
            assertThat(big[0]).isEqualTo((byte) ('a' + (300_000 - 1) % 26));
            assertThat(compressed.line()).isEmpty();
            assertThat(compressed.line()).isEqualTo("END");
        }
    }

    @Test
    void starttlsWithoutTlsContextIsRefusedByTheConnection() throws Exception {
        ServiceSettings s = loopback.settings("plain", false);
        ServiceSettings noTls = new ServiceSettings(s.service(), s.command(), s.address(), false, null, 0, 0,
                s.framing(), s.initialMode(), s.idleTimeout(), s.writeTimeout());
        ServiceListener service = loopback.open(noTls, listener, 4);
        try (LineClient client = Loopback.connect(service)) {
            client.line();
            client.send("STARTTLS\r\n");
            // the listener's startTls() throws: the adapter logs it and drops the connection
            assertThat(client.line()).isEqualTo("OK begin TLS");
            assertThat(client.line()).isNull();
        }
    }

    private static byte[] deflate(Deflater deflater, String text) throws IOException {
        deflater.setInput(text.getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = deflater.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buf, 0, n);
            if (n < buf.length) {
                break;
            }
        }
        return out.toByteArray();
    }
}
