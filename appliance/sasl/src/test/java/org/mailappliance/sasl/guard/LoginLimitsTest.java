package org.mailappliance.sasl.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;

class LoginLimitsTest {
    private static final InetSocketAddress HOST_A = new InetSocketAddress("192.0.2.1", 1000);
    private static final InetSocketAddress HOST_B = new InetSocketAddress("192.0.2.2", 1000);

    @Test
    void perUserAndPerHostLimitsCountLiveSessions() throws Exception {
        LoginLimits limits = LoginLimits.fromConfig(ImapdConf.of(Map.of("maxlogins_per_user", "2",
                "maxlogins_per_host", "3")));
        Optional<LoginLimits.Lease> a1 = limits.admit("alice", HOST_A);
        Optional<LoginLimits.Lease> a2 = limits.admit("alice", HOST_B);
        assertThat(a1).isPresent();
        assertThat(a2).isPresent();
        assertThat(limits.admit("alice", HOST_B)).as("third alice session").isEmpty();
        assertThat(limits.admit("bob", HOST_A)).isPresent();
        assertThat(limits.admit("carol", HOST_A)).isPresent();
        assertThat(limits.admit("dave", HOST_A)).as("fourth session from host A").isEmpty();
        a1.get().close();
        a1.get().close();
        assertThat(limits.sessionsOf("alice")).as("a lease is returned once").isEqualTo(1);
        assertThat(limits.admit("alice", HOST_B)).isPresent();
        assertThat(limits.admit("dave", HOST_A)).as("host A has a place again").isPresent();
    }

    @Test
    void zeroMeansUnlimitedAndUnixSocketsHaveNoHost() {
        LoginLimits limits = LoginLimits.unlimited();
        for (int i = 0; i < 100; i++) {
            assertThat(limits.admit("alice", HOST_A)).isPresent();
        }
        LoginLimits perHost = new LoginLimits(0, 1);
        assertThat(perHost.admit("alice", null)).isPresent();
        assertThat(perHost.admit("alice", null)).isPresent();
    }
}
