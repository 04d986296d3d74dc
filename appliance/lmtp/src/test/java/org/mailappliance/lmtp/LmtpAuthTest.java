package org.mailappliance.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.lmtp.delivery.Trust;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.sasl.testing.FakeCredentialStore;
import org.mailappliance.lmtp.testing.FakeDeliveries;
import org.mailappliance.sasl.Mechanisms;

/** AUTH results that transcripts cannot see: the identity the session acts as, and violations mid-exchange. */
class LmtpAuthTest {
    private static final String ALICE_AS_ADMIN = "YWxpY2UAYWRtaW4AYWRtaW5wdw=="; // alice \0 admin \0 adminpw
    private static final String BOB_AS_ALICE = "Ym9iAGFsaWNlAHNlY3JldA=="; // bob \0 alice \0 secret

    private final FakeCredentialStore credentials =
            new FakeCredentialStore().user("alice", "secret").user("admin", "adminpw").admin("admin");
    private final ImapdConf conf = ImapdConf.of(Map.of("servername", "mx"));
    private final LmtpEngine engine = new LmtpEngine(conf, new FakeDeliveries(), Mechanisms.fromConfig(conf,
            credentials, "test-fake-salt-secret-16".getBytes(StandardCharsets.US_ASCII), () -> "srvnonce"));
    private final FakeConnection connection = new FakeConnection("lmtp", List.of("lmtpd"), false, "192.0.2.10", true);

    private String send(String line) {
        engine.received(connection, Frame.line(line.getBytes(StandardCharsets.UTF_8)));
        return connection.takeFlushed();
    }

    private LmtpSession session() {
        return (LmtpSession) connection.attachment();
    }

    private void greet() {
        engine.connected(connection);
        connection.takeFlushed();
        send("LHLO client.example.org");
    }

    @Test
    void anAdminActsAsTheAuthorizationIdentity() {
        greet();
        assertThat(send("AUTH PLAIN " + ALICE_AS_ADMIN)).isEqualTo("235 2.0.0 Authenticated\r\n");
        assertThat(session().trust()).isEqualTo(Trust.AUTHENTICATED);
        assertThat(session().info().authenticatedUser()).contains("alice");
    }

    @Test
    void anOrdinaryUserMayNotActAsAnother() {
        greet();
        assertThat(send("AUTH PLAIN " + BOB_AS_ALICE)).isEqualTo("535 5.7.8 Authentication failed\r\n");
        assertThat(session().authenticated()).isFalse();
        assertThat(session().info().authenticatedUser()).isEmpty();
    }

    @Test
    void aTooLongAnswerEndsTheExchange() {
        greet();
        assertThat(send("AUTH PLAIN")).isEqualTo("334 \r\n");
        engine.received(connection, Frame.violation(Violation.LINE_TOO_LONG, "AAAA".getBytes(StandardCharsets.UTF_8)));
        assertThat(connection.takeFlushed()).isEqualTo("500 5.5.2 Line too long\r\n");
        assertThat(session().continuation()).isEmpty();
        assertThat(session().authenticated()).isFalse();
    }

    @Test
    void aMalformedAnswerEndsTheExchangeAndTheNextLineIsACommand() {
        greet();
        assertThat(send("AUTH LOGIN")).isEqualTo("334 VXNlcm5hbWU6\r\n");
        engine.received(connection, Frame.violation(Violation.MALFORMED, new byte[0]));
        assertThat(connection.takeFlushed()).isEqualTo("500 5.5.2 Syntax error\r\n");
        assertThat(send("NOOP")).isEqualTo("250 2.0.0 ok\r\n");
    }
}
