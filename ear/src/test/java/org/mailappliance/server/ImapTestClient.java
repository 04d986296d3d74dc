package org.mailappliance.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A line-level IMAP client for tests: sends raw commands, collects responses up to the tagged one, can STARTTLS. */
final class ImapTestClient implements AutoCloseable {

    private Socket socket;
    private BufferedReader in;
    private OutputStream out;

    private ImapTestClient(Socket socket) throws IOException {
        attach(socket);
    }

    static ImapTestClient plain(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(60_000);
        return new ImapTestClient(s);
    }

    static ImapTestClient implicitTls(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(60_000);
        return new ImapTestClient(handshake(s));
    }

    private void attach(Socket s) throws IOException {
        socket = s;
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        out = s.getOutputStream();
    }

    String readLine() throws IOException {
        return in.readLine();
    }

    /** Sends {@code tag command} and returns every line up to and including the tagged response. */
    List<String> command(String tag, String command) throws IOException {
        out.write((tag + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                return lines;
            }
        }
        lines.add("<connection closed>");
        return lines;
    }

    /** Switches the open connection to TLS (after the server's OK to STARTTLS). */
    void startTls() throws IOException {
        attach(handshake(socket));
    }

    private static SSLSocket handshake(Socket plain) throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            SSLSocket tls = (SSLSocket) ctx.getSocketFactory()
                    .createSocket(plain, "127.0.0.1", plain.getPort(), true);
            tls.setUseClientMode(true);
            tls.startHandshake();
            return tls;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    boolean secure() {
        return socket instanceof SSLSocket;
    }

    String tlsProtocol() {
        return ((SSLSocket) socket).getSession().getProtocol();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The appliance's self-signed development certificate is what we test against. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
