package org.mailappliance.lmtp.session;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.mailappliance.config.ConfigException;

/** One network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or a single address). */
record Cidr(byte[] network, int prefix) {

    static Cidr parse(String text) throws ConfigException {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        if (host.isEmpty() || host.chars().noneMatch(c -> c == '.' || c == ':') || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            throw new ConfigException("lmtp_trusted_networks: '" + text + "' is not an IP address or CIDR network");
        }
        byte[] address;
        try {
            // only literals reach here (checked above), so this never does a DNS lookup
            address = InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("lmtp_trusted_networks: '" + text + "' is not an IP address");
        }
        int prefix = address.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new ConfigException("lmtp_trusted_networks: bad prefix length in '" + text + "'");
            }
            if (prefix < 0 || prefix > address.length * 8) {
                throw new ConfigException("lmtp_trusted_networks: prefix length out of range in '" + text + "'");
            }
        }
        return new Cidr(address, prefix);
    }

    boolean contains(InetAddress candidate) {
        byte[] a = candidate.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }
}
