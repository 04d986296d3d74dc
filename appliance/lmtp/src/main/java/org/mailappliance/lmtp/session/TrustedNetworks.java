package org.mailappliance.lmtp.session;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.mailappliance.config.ConfigException;

/**
 * {@code lmtp_trusted_networks}: this product's key (Cyrus has none; it trusts TCP clients only with {@code lmtpd -a}).
 * A whitespace-separated list of IP addresses and CIDR networks whose TCP clients may deliver without AUTH. Empty by
 * default: not even loopback is trusted, because on a shared host any local user could inject mail.
 */
public final class TrustedNetworks {
    public static final TrustedNetworks NONE = new TrustedNetworks(List.of());

    private final List<Cidr> networks;

    private TrustedNetworks(List<Cidr> networks) {
        this.networks = List.copyOf(networks);
    }

    public static TrustedNetworks parse(List<String> entries) throws ConfigException {
        List<Cidr> networks = new ArrayList<>();
        for (String e : entries) {
            networks.add(Cidr.parse(e));
        }
        return new TrustedNetworks(networks);
    }

    public boolean contains(SocketAddress remote) {
        if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            return false;
        }
        InetAddress address = inet.getAddress();
        return networks.stream().anyMatch(n -> n.contains(address));
    }
}
