package org.mailappliance.lmtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.lmtp.session.LmtpSettings;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.lmtp.testing.FakeDeliveries;

/** Engine behaviour that transcripts express badly (long loops, lifecycle). */
class LmtpEngineTest {
    private final FakeDeliveries deliveries = new FakeDeliveries();
    private final LmtpEngine engine = new LmtpEngine(ImapdConf.of(Map.of("servername", "mx")), deliveries);
    private final FakeConnection connection =
            new FakeConnection("lmtpunix", List.of("lmtpd"), true, null, false);

    private String send(String line) {
        engine.received(connection, Frame.line(line.getBytes(StandardCharsets.UTF_8)));
        return connection.takeFlushed();
    }

    @Test
    void recipientsBeyondTheLimitGet452AndAreNotLookedUp() {
        deliveries.user("alice", "ok");
        engine.connected(connection);
        connection.takeFlushed();
        send("LHLO x");
        assertThat(send("MAIL FROM:<s@example.net>")).isEqualTo("250 2.1.0 ok\r\n");
        for (int i = 0; i < LmtpSettings.DEFAULT_MAX_RECIPIENTS; i++) {
            assertThat(send("RCPT TO:<alice>")).isEqualTo("250 2.1.5 ok\r\n");
        }
        assertThat(send("RCPT TO:<alice>")).isEqualTo("452 4.5.3 Too many recipients\r\n");
        assertThat(deliveries.calls()).hasSize(LmtpSettings.DEFAULT_MAX_RECIPIENTS);
    }

    @Test
    void sessionLivesInTheAttachmentUntilDisconnected() {
        engine.connected(connection);
        assertThat(connection.attachment()).isInstanceOf(LmtpSession.class);
        assertThat(connection.takeFlushed()).isEqualTo("220 mx LMTP " + LmtpSettings.PRODUCT + " "
                + ((LmtpSession) connection.attachment()).settings().version() + " server ready\r\n");
        engine.disconnected(connection);
        assertThat(connection.attachment()).isNull();
        // input racing with the disconnect is ignored, not answered
        assertThat(send("NOOP")).isEmpty();
    }

    @Test
    void nothingIsAnsweredAfterQuit() {
        engine.connected(connection);
        connection.takeFlushed();
        assertThat(send("QUIT")).isEqualTo("221 2.0.0 bye\r\n");
        assertThat(connection.open()).isFalse();
        engine.received(connection, Frame.line("NOOP".getBytes(StandardCharsets.UTF_8)));
        assertThat(connection.takeFlushed()).isEmpty();
    }

    @Test
    void oneEngineServesManyConnections() {
        FakeConnection other = new FakeConnection("lmtp", List.of("lmtpd"), false, "192.0.2.20", false);
        engine.connected(connection);
        engine.connected(other);
        assertThat(connection.attachment()).isNotSameAs(other.attachment());
        connection.takeFlushed();
        other.takeFlushed();
        send("LHLO a");
        engine.received(other, Frame.line("MAIL FROM:<s@example.net>".getBytes(StandardCharsets.UTF_8)));
        assertThat(other.takeFlushed()).isEqualTo("503 5.5.1 Need LHLO command\r\n");
    }
}
