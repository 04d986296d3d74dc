package org.mailappliance.connector.ra.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionLimitsTest {

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

    private ServiceListener open(int maxChild, int maxPerHost) throws Exception {
        ServiceSettings s = loopback.settings("limited", false);
        return loopback.open(new ServiceSettings(s.service(), s.command(), s.address(), false, s.tls(), maxChild,
                maxPerHost, s.framing(), s.initialMode(), s.idleTimeout(), s.writeTimeout()), listener, 4);
    }

    @Test
    void maxchildRefusesTheConnectionOverTheLimitAndFreesTheSlotOnClose() throws Exception {
        ServiceListener service = open(2, 0);
        try (LineClient first = Loopback.connect(service); LineClient second = Loopback.connect(service)) {
            assertThat(first.line()).isEqualTo("* OK hello");
            assertThat(second.line()).isEqualTo("* OK hello");
            try (LineClient third = Loopback.connect(service)) {
                assertThat(third.line()).isEqualTo("REFUSED too many connections to service limited (maxchild 2)");
                assertThat(third.line()).isNull();
            }
        }
        Await.until(() -> service.openConnections() == 0);
        try (LineClient again = Loopback.connect(service)) {
            assertThat(again.line()).isEqualTo("* OK hello");
        }
        // refused connections also get their single disconnected()
        Await.until(() -> listener.count("disconnected") == 4);
    }

    @Test
    void perHostLimitCountsConnectionsFromOneAddress() throws Exception {
        ServiceListener service = open(0, 1);
        try (LineClient first = Loopback.connect(service)) {
            assertThat(first.line()).isEqualTo("* OK hello");
            try (LineClient second = Loopback.connect(service)) {
                assertThat(second.line()).startsWith("REFUSED too many connections from 127.0.0.1")
                        .endsWith("(maxconnections_per_host 1)");
            }
            first.send("still here\r\n");
            assertThat(first.line()).isEqualTo("ECHO still here");
        }
    }

    @Test
    void countsAreKeptPerAddress() throws Exception {
        ConnectionLimits limits = new ConnectionLimits("s", 3, 1);
        InetAddress a = InetAddress.getByName("192.0.2.1");
        InetAddress b = InetAddress.getByName("192.0.2.2");
        assertThat(limits.admit(a)).isNull();
        assertThat(limits.admit(a)).contains("192.0.2.1");
        assertThat(limits.admit(b)).isNull();
        assertThat(limits.admit(null)).isNull();
        assertThat(limits.admit(null)).contains("maxchild 3");
        limits.release(a);
        assertThat(limits.admit(a)).isNull();
    }
}
