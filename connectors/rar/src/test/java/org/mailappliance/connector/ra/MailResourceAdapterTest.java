package org.mailappliance.connector.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.transaction.xa.XAResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.ProtocolListener;

/** The JCA surface without a container: a WorkManager on plain threads, MDB endpoints as proxies. */
class MailResourceAdapterTest {

    @TempDir
    Path dir;
    ExecutorService threads = Executors.newCachedThreadPool();
    MailResourceAdapter adapter = new MailResourceAdapter();
    AtomicInteger endpoints = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        adapter.start(bootstrap());
    }

    @AfterEach
    void stop() {
        adapter.stop();
        threads.shutdownNow();
        System.clearProperty("appliance.imapd.conf");
        System.clearProperty("appliance.cyrus.conf");
    }

    @Test
    void activationListensOnTheServicesOfItsProgramsWithAnEndpointPerCall() throws Exception {
        int imap = freePort();
        int imaps = freePort();
        configure("configdirectory: " + dir.resolve("lib") + "\nservername: localhost\n",
                "SERVICES {\n"
                + "  imap   cmd=\"imapd\" listen=\"127.0.0.1:" + imap + "\"\n"
                + "  imaps  cmd=\"/usr/lib/cyrus/imapd -s\" listen=\"127.0.0.1:" + imaps + "\"\n"
                + "  lmtp   cmd=\"lmtpd\" listen=\"127.0.0.1:" + freePort() + "\"\n"
                + "}\n");
        MailActivationSpec spec = spec("imapd", "imap");
        MessageEndpointFactory factory = factory();
        adapter.endpointActivation(factory, spec);

        try (Socket socket = new Socket("127.0.0.1", imap)) {
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).isEqualTo("* OK imap plain");
            send(socket, "a1 LOGIN {5}\r\n");
            assertThat(in.readLine()).isEqualTo("+ go ahead");
            send(socket, "alice pw\r\n");
            assertThat(in.readLine()).isEqualTo("a1 OK LOGIN {5} + 1 literal");
        }
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new TrustAll()}, null);
        try (SSLSocket socket = (SSLSocket) trustAll.getSocketFactory().createSocket("127.0.0.1", imaps)) {
            assertThat(reader(socket).readLine()).isEqualTo("* OK imaps secure");
        }
        assertThat(dir.resolve("lib/tls/server.pem")).exists();
        // connected, received and disconnected: every call had its own endpoint, and all were released
        waitFor(() -> released.get() == endpoints.get() && endpoints.get() >= 5);

        adapter.endpointDeactivation(factory, spec);
        assertThatThrownBy(() -> new Socket("127.0.0.1", imap).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void malformedConfigurationFailsActivationWithFileAndLine() throws Exception {
        configure("configdirectory: " + dir + "\n", "SERVICES {\n  imap cmd=\"imapd\" listen=\"imap\"\n  bad line\n}\n");
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(MailResourceAdapter.class.getName());
        log.addHandler(capture);
        try {
            assertThatThrownBy(() -> adapter.endpointActivation(factory(), spec("imapd", "imap")))
                    .isInstanceOf(ResourceException.class)
                    .hasMessageStartingWith(dir.resolve("cyrus.conf") + ":3: ");
        } finally {
            log.removeHandler(capture);
        }
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel().getName()).isEqualTo("SEVERE");
            assertThat(r.getMessage()).contains(dir.resolve("cyrus.conf") + ":3: ");
        });
    }

    @Test
    void invalidActivationPropertiesAreRejected() {
        assertThatThrownBy(() -> adapter.endpointActivation(factory(), spec("", "imap")))
                .hasMessageContaining("programs");
        assertThatThrownBy(() -> adapter.endpointActivation(factory(), spec("imapd", "smtp")))
                .hasMessageContaining("framing");
    }

    private void configure(String imapd, String cyrus) throws IOException {
        Path imapdFile = dir.resolve("imapd.conf");
        Files.writeString(imapdFile, imapd);
        Files.writeString(dir.resolve("cyrus.conf"), cyrus);
        System.setProperty("appliance.imapd.conf", imapdFile.toString());
        System.setProperty("appliance.cyrus.conf", dir.resolve("cyrus.conf").toString());
    }

    private static MailActivationSpec spec(String programs, String framing) {
        MailActivationSpec spec = new MailActivationSpec();
        spec.setPrograms(programs);
        spec.setFraming(framing);
        spec.setMaxPoolSize("4");
        return spec;
    }

    private BootstrapContext bootstrap() {
        WorkManager workManager = (WorkManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WorkManager.class}, (proxy, method, args) -> {
                    Work work = (Work) args[0];
                    if (method.getName().equals("doWork")) {
                        work.run();
                    } else {
                        threads.execute(work);
                    }
                    return method.getReturnType() == long.class ? 0L : null;
                });
        return (BootstrapContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BootstrapContext.class},
                (proxy, method, args) -> method.getName().equals("getWorkManager") ? workManager : null);
    }

    private MessageEndpointFactory factory() {
        ProtocolListener mdb = new ProtocolListener() {
            @Override
            public void connected(Connection c) {
                c.write("* OK " + c.service() + (c.secure() ? " secure" : " plain") + "\r\n");
                c.flush();
            }

            @Override
            public void received(Connection c, Frame frame) {
                c.write("a1 OK " + frame.firstLine().substring(3) + " + " + frame.literals().size() + " literal\r\n");
                c.flush();
            }

            @Override
            public void timedOut(Connection c) {
            }

            @Override
            public void refused(Connection c, String reason) {
            }

            @Override
            public void disconnected(Connection c) {
            }
        };
        return new MessageEndpointFactory() {
            @Override
            public MessageEndpoint createEndpoint(XAResource xa) {
                endpoints.incrementAndGet();
                return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {MessageEndpoint.class, ProtocolListener.class}, (proxy, method, args) -> {
                            if (method.getName().equals("release")) {
                                released.incrementAndGet();
                                return null;
                            }
                            if (method.getDeclaringClass() == ProtocolListener.class) {
                                return method.invoke(mdb, args);
                            }
                            return null;
                        });
            }

            @Override
            public MessageEndpoint createEndpoint(XAResource xa, long timeout) {
                return createEndpoint(xa);
            }

            @Override
            public boolean isDeliveryTransacted(Method method) {
                return false;
            }

            @Override
            public String getActivationName() {
                return "test-mdb";
            }

            @Override
            public Class<?> getEndpointClass() {
                return ProtocolListener.class;
            }
        };
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            Thread.sleep(10);
        }
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }
}
