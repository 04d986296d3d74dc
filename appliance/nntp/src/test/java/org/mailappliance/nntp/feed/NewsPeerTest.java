package org.mailappliance.nntp.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;
import org.mailappliance.nntp.testing.MutableClock;

class NewsPeerTest {

    @Test
    void parsesUserHostAndPort() throws ConfigException {
        assertThat(NewsPeer.parse("")).isEmpty();
        assertThat(NewsPeer.parse("  ")).isEmpty();
        assertThat(NewsPeer.parse("news.example.org")).contains(new NewsPeer(null, "news.example.org", 119));
        assertThat(NewsPeer.parse("feed@news.example.org:1119"))
                .contains(new NewsPeer("feed", "news.example.org", 1119));
        assertThat(NewsPeer.parse("192.0.2.7:433")).contains(new NewsPeer(null, "192.0.2.7", 433));
        assertThat(NewsPeer.parse("u@[2001:db8::7]:119")).contains(new NewsPeer("u", "2001:db8::7", 119));
        assertThat(NewsPeer.parse("[2001:db8::7]")).contains(new NewsPeer(null, "2001:db8::7", 119));
        // more than one colon without brackets: an IPv6 address, no port
        assertThat(NewsPeer.parse("2001:db8::7")).contains(new NewsPeer(null, "2001:db8::7", 119));
    }

    @Test
    void refusesMalformedValues() {
        for (String bad : List.of("@host", "host:", "host:0", "host:70000", "host:x", "[::1", "[::1]x", ":119",
                "u@", "a b")) {
            assertThatThrownBy(() -> NewsPeer.parse(bad)).as(bad).isInstanceOf(ConfigException.class);
        }
    }

    @Test
    void addressesAreLookedUpAgainAfterAMinuteAndFailuresMeanNoPeer() throws UnknownHostException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
        List<String> lookups = new ArrayList<>();
        InetAddress first = InetAddress.getByName("192.0.2.7");
        InetAddress second = InetAddress.getByName("192.0.2.8");
        PeerAddresses peers = new PeerAddresses(host -> {
            lookups.add(host);
            if (host.equals("gone.example")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {lookups.size() < 3 ? first : second};
        }, clock);
        assertThat(peers.matches("peer.example", first)).isTrue();
        assertThat(peers.matches("peer.example", second)).isFalse();
        assertThat(lookups).containsExactly("peer.example");
        assertThat(peers.matches("gone.example", first)).isFalse();
        assertThat(peers.matches("gone.example", first)).isFalse();
        assertThat(lookups).containsExactly("peer.example", "gone.example");
        clock.set(clock.instant().plus(PeerAddresses.TTL).plus(Duration.ofSeconds(1)));
        assertThat(peers.matches("peer.example", second)).isTrue();
        assertThat(peers.matches("peer.example", first)).isFalse();
        assertThat(lookups).containsExactly("peer.example", "gone.example", "peer.example");
    }
}
