package org.mailappliance.connector.ra.netty;

import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ThreadPerTaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.connector.ra.dispatch.GatedDispatcher;
import org.mailappliance.connector.ra.dispatch.ListenerInvoker;
import org.mailappliance.connector.ra.framing.FramingLimits;
import org.mailappliance.connector.ra.framing.LiteralSpool;
import org.mailappliance.connector.ra.tls.ServerTlsContexts;

/** Listeners on loopback with plain threads instead of a WorkManager. */
final class Loopback implements AutoCloseable {

    final Path dir;
    final EventLoops loops = new EventLoops(new ThreadPerTaskExecutor(new DefaultThreadFactory("test-loop", true)), 2);
    final ExecutorService workers = Executors.newCachedThreadPool(new DefaultThreadFactory("test-worker", true));
    final SslContext tls;
    private final List<ServiceListener> listeners = new ArrayList<>();

    Loopback(Path dir) throws Exception {
        this.dir = dir;
        this.tls = ServerTlsContexts.forService(ImapdConf.of(Map.of("configdirectory", dir.toString(),
                "servername", "localhost")));
    }

    ServiceSettings settings(String service, boolean implicitTls) {
        return settings(service, implicitTls, tls);
    }

    ServiceSettings settings(String service, boolean implicitTls, SslContext serverTls) {
        return new ServiceSettings(service, List.of("echod"), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                implicitTls, serverTls, 0, 0,
                new FramingLimits(1000, 1_000_000, false, 64 * 1024, new LiteralSpool(dir.resolve("tmp"))),
                FrameMode.LINE, Duration.ofMinutes(30), Duration.ofSeconds(30));
    }

    ServiceListener open(ServiceSettings settings, ProtocolListener listener, int poolSize) throws IOException {
        ServiceListener opened = ServiceListener.open(settings, loops,
                new GatedDispatcher(workers, ListenerInvoker.of(listener), poolSize));
        listeners.add(opened);
        return opened;
    }

    static LineClient connect(ServiceListener listener) throws IOException {
        SocketAddress address = listener.boundAddress();
        Socket socket = new Socket();
        socket.connect(address, 5000);
        return new LineClient(socket);
    }

    /** A client context that trusts exactly the server's self-signed certificate. */
    SSLContext clientTls() throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(dir.resolve("tls/server.pem"))) {
            trust.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Override
    public void close() {
        listeners.forEach(ServiceListener::close);
        loops.close();
        workers.shutdownNow();
    }
}
