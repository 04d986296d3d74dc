package org.mailappliance.lmtp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.config.ConfigException;

class TrustedNetworksTest {

    private static InetSocketAddress at(String ip) {
        return new InetSocketAddress(ip, 1);
    }

    @Test
    void matchesCidrNetworksAndSingleAddresses() throws ConfigException {
        TrustedNetworks t = TrustedNetworks.parse(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32", "172.16.0.0/12"));
        assertThat(t.contains(at("10.255.1.2"))).isTrue();
        assertThat(t.contains(at("11.0.0.1"))).isFalse();
        assertThat(t.contains(at("192.0.2.7"))).isTrue();
        assertThat(t.contains(at("192.0.2.8"))).isFalse();
        assertThat(t.contains(at("2001:db8:1::5"))).isTrue();
        assertThat(t.contains(at("2001:db9::5"))).isFalse();
        assertThat(t.contains(at("172.31.255.255"))).isTrue();
        assertThat(t.contains(at("172.32.0.0"))).isFalse();
    }

    @Test
    void nothingIsTrustedByDefaultNotEvenLoopback() {
        assertThat(TrustedNetworks.NONE.contains(at("127.0.0.1"))).isFalse();
        assertThat(TrustedNetworks.NONE.contains(at("::1"))).isFalse();
    }

    @Test
    void nonInetAddressesAreNotTrusted() throws ConfigException {
        TrustedNetworks all = TrustedNetworks.parse(List.of("0.0.0.0/0"));
        assertThat(all.contains(at("203.0.113.9"))).isTrue();
        assertThat(all.contains(new java.net.SocketAddress() {
            private static final long serialVersionUID = 1L;
        })).isFalse();
    }

    @Test
    void rejectsHostNamesAndBadPrefixes() {
        assertThatThrownBy(() -> TrustedNetworks.parse(List.of("localhost"))).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> TrustedNetworks.parse(List.of("beef"))).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> TrustedNetworks.parse(List.of("10.0.0.0/33"))).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> TrustedNetworks.parse(List.of("10.0.0.0/x"))).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> TrustedNetworks.parse(List.of("10.0.0.0/-1"))).isInstanceOf(ConfigException.class);
    }
}
