package org.mailappliance.sasl.pwcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.sasl.PasswordCheck;
import org.mailappliance.sasl.Utf8;

/**
 * Asks Cyrus SASL's saslauthd over its UNIX socket ({@code sasl_saslauthd_path}, default
 * {@code /var/run/saslauthd/mux}). The protocol: login, password, service and realm, each as a 16-bit big-endian
 * length and the octets; the answer is one such string starting with {@code OK} or {@code NO}. One connection per
 * check, as libsasl does.
 */
public final class SaslauthdVerifier implements PasswordVerifier {
    private static final Logger LOG = Logger.getLogger(SaslauthdVerifier.class.getName());
    public static final Path DEFAULT_PATH = Path.of("/var/run/saslauthd/mux");
    private static final int MAX_FIELD = 0xffff;
    private static final int MAX_REPLY = 1024;

    private final Path socket;
    private final String service;
    private final String realm;

    /**
     * @param service the service name saslauthd hands to PAM and friends (Cyrus passes "imap", "pop", ...)
     * @param realm   the realm, "" for none
     */
    public SaslauthdVerifier(Path socket, String service, String realm) {
        this.socket = socket;
        this.service = service;
        this.realm = realm;
    }

    @Override
    public PasswordCheck verify(String login, char[] password) {
        byte[] secret = Utf8.encode(password);
        byte[] request = null;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            request = request(login, secret);
            channel.write(ByteBuffer.wrap(request));
            String reply = readReply(channel);
            if (reply.startsWith("OK")) {
                return PasswordCheck.OK;
            }
            if (reply.startsWith("NO")) {
                return PasswordCheck.BAD;
            }
            LOG.warning(() -> "saslauthd at " + socket + " answered neither OK nor NO: " + reply);
            return PasswordCheck.UNAVAILABLE;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "saslauthd at " + socket + " cannot be asked", e);
            return PasswordCheck.UNAVAILABLE;
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (request != null) {
                Arrays.fill(request, (byte) 0);
            }
        }
    }

    private byte[] request(String login, byte[] secret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + secret.length);
        field(out, login.getBytes(StandardCharsets.UTF_8));
        field(out, secret);
        field(out, service.getBytes(StandardCharsets.UTF_8));
        field(out, realm.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        if (value.length > MAX_FIELD) {
            throw new IllegalArgumentException("field too long for saslauthd");
        }
        out.write(value.length >> 8);
        out.write(value.length & 0xff);
        out.write(value, 0, value.length);
    }

    private static String readReply(SocketChannel channel) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(2);
        readFully(channel, length);
        int n = ((length.get(0) & 0xff) << 8) | (length.get(1) & 0xff);
        if (n > MAX_REPLY) {
            throw new IOException("saslauthd reply of " + n + " octets");
        }
        ByteBuffer body = ByteBuffer.allocate(n);
        readFully(channel, body);
        return new String(body.array(), StandardCharsets.UTF_8);
    }

    private static void readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("saslauthd closed the connection early");
            }
        }
    }
}
