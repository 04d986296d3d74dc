package org.mailappliance.nntp.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The addresses of the {@code newspeer} host, looked up again once they are a minute old: a peer's address may
 * change without a restart, but a name lookup on every IHAVE would put DNS latency into each article. A failed
 * lookup is remembered as "no addresses" for the same minute (and logged once per minute), so the peer simply may
 * not feed meanwhile.
 */
public final class PeerAddresses {
    private static final Logger LOG = Logger.getLogger(PeerAddresses.class.getName());
    static final Duration TTL = Duration.ofMinutes(1);

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private record Entry(List<InetAddress> addresses, Instant expires) {
    }

    private final Resolver resolver;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public PeerAddresses(Resolver resolver, Clock clock) {
        this.resolver = resolver;
        this.clock = clock;
    }

    /** The system resolver. */
    public static PeerAddresses system(Clock clock) {
        return new PeerAddresses(InetAddress::getAllByName, clock);
    }

    public boolean matches(String host, InetAddress client) {
        return addresses(host).contains(client);
    }

    List<InetAddress> addresses(String host) {
        Instant now = clock.instant();
        Entry e = cache.get(host);
        if (e == null || !now.isBefore(e.expires())) {
            e = new Entry(lookup(host), now.plus(TTL));
            cache.put(host, e);
        }
        return e.addresses();
    }

    private List<InetAddress> lookup(String host) {
        try {
            return List.of(resolver.resolve(host));
        } catch (UnknownHostException | RuntimeException e) {
            LOG.warning("newspeer " + host + " does not resolve (" + e + "): it cannot feed articles for now");
            return List.of();
        }
    }
}
