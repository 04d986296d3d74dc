package org.mailappliance.connector.ra.netty;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts a service's open connections: all of them (cyrus.conf {@code maxchild}) and per client address
 * (imapd.conf {@code maxconnections_per_host}). Thread-safe; shared by the service's event loops.
 */
public final class ConnectionLimits {

    private final String service;
    private final int maxChild;
    private final int maxPerHost;
    private final Map<InetAddress, Integer> perHost = new HashMap<>();
    private int total;

    public ConnectionLimits(String service, int maxChild, int maxPerHost) {
        this.service = service;
        this.maxChild = maxChild;
        this.maxPerHost = maxPerHost;
    }

    /**
     * Counts a new connection.
     *
     * @param host the client address, or null when there is none (UNIX socket)
     * @return null when admitted (then {@link #release} must follow), else why not
     */
    public synchronized String admit(InetAddress host) {
        if (maxChild > 0 && total >= maxChild) {
            return "too many connections to service " + service + " (maxchild " + maxChild + ")";
        }
        int fromHost = host == null ? 0 : perHost.getOrDefault(host, 0);
        if (host != null && maxPerHost > 0 && fromHost >= maxPerHost) {
            return "too many connections from " + host.getHostAddress() + " (maxconnections_per_host " + maxPerHost + ")";
        }
        total++;
        if (host != null) {
            perHost.put(host, fromHost + 1);
        }
        return null;
    }

    public synchronized void release(InetAddress host) {
        total--;
        if (host != null) {
            perHost.computeIfPresent(host, (h, n) -> n <= 1 ? null : n - 1);
        }
    }

    public synchronized int open() {
        return total;
    }
}
