package org.mailappliance.sieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.sieve.testing.FakeScripts;

/** What a single-connection transcript cannot show: limits across sessions of one engine. */
class SieveEngineTest {
    private static final String PLAIN = "AUTHENTICATE \"PLAIN\" \"AGFsaWNlAHNlY3JldA==\"";

    @Test
    void maxloginsPerUserCountsSessionsAndALeavingSessionFreesItsPlace() {
        ImapdConf conf = ImapdConf.of(Map.of("maxlogins_per_user", "1", "allowplaintext", "yes"));
        FakeCredentialStore credentials = new FakeCredentialStore().user("alice", "secret");
        SieveEngine engine = new SieveEngine(conf, new FakeScripts(), Mechanisms.fromConfig(conf, credentials,
                "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII), () -> "n"),
                LoginGuard.fromConfigOrDefault(conf));
        FakeConnection first = connect(engine);
        FakeConnection second = connect(engine);
        assertThat(send(engine, first, PLAIN)).isEqualTo("OK \"Authentication successful\"\r\n");
        assertThat(send(engine, second, PLAIN))
                .isEqualTo("NO (TRYLATER) \"Too many sessions for this user or host\"\r\n");
        assertThat(send(engine, first, "UNAUTHENTICATE")).isEqualTo("OK\r\n");
        assertThat(send(engine, second, PLAIN)).isEqualTo("OK \"Authentication successful\"\r\n");
        first.close();
        engine.disconnected(first);
        assertThat(send(engine, first = connect(engine), PLAIN))
                .isEqualTo("NO (TRYLATER) \"Too many sessions for this user or host\"\r\n");
        second.close();
        engine.disconnected(second);
        assertThat(send(engine, first, PLAIN)).isEqualTo("OK \"Authentication successful\"\r\n");
    }

    private static FakeConnection connect(SieveEngine engine) {
        FakeConnection c = new FakeConnection("sieve", List.of("timsieved"), false, "192.0.2.10", false);
        engine.connected(c);
        c.takeFlushed();
        return c;
    }

    private static String send(SieveEngine engine, FakeConnection c, String line) {
        engine.received(c, Frame.line(line.getBytes(StandardCharsets.UTF_8)));
        return c.takeFlushed();
    }
}
