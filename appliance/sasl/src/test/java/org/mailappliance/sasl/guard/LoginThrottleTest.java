package org.mailappliance.sasl.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ImapdConf;

class LoginThrottleTest {
    private static final InetSocketAddress MALLORY = new InetSocketAddress("192.0.2.7", 40000);
    private static final InetSocketAddress ALICE = new InetSocketAddress("198.51.100.3", 40001);

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theFifthWrongPasswordFromOneAddressWaitsFourTimesLonger() {
        LoginThrottle t = new LoginThrottle(Duration.ofSeconds(3), new MutableClock());
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(6));
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(12));
        assertThat(t.failed(ALICE)).as("other addresses are not slowed").isEqualTo(Duration.ofSeconds(3));
        for (int i = 0; i < 20; i++) {
            t.failed(MALLORY);
        }
        assertThat(t.failed(MALLORY)).as("capped").isEqualTo(LoginThrottle.MAX_PAUSE);
    }

    @Test
    void successOrAQuietWindowForgetsTheFailures() {
        MutableClock clock = new MutableClock();
        LoginThrottle t = new LoginThrottle(Duration.ofSeconds(3), clock);
        for (int i = 0; i < 5; i++) {
            t.failed(MALLORY);
        }
        t.succeeded(MALLORY);
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
        for (int i = 0; i < 5; i++) {
            t.failed(MALLORY);
        }
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(t.failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void failedloginpauseSetsTheBaseAndZeroTurnsItOff() throws Exception {
        assertThat(LoginThrottle.fromConfig(ImapdConf.of(Map.of())).failed(MALLORY)).isEqualTo(Duration.ofSeconds(3));
        assertThat(LoginThrottle.fromConfig(ImapdConf.of(Map.of("failedloginpause", "1"))).failed(MALLORY))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.fromConfig(ImapdConf.of(Map.of("failedloginpause", "0"))).failed(MALLORY))
                .isZero();
        assertThat(new LoginThrottle(Duration.ofSeconds(3), Clock.systemUTC()).failed(null))
                .as("a UNIX socket has no address to count").isEqualTo(Duration.ofSeconds(3));
    }
}
