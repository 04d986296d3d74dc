package org.mailappliance.sasl.guard;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * {@code maxlogins_per_user} and {@code maxlogins_per_host} (Cyrus; 0 = no limit): how many logged-in sessions one
 * user, and one client address, may hold at once in one protocol. A session takes a {@link Lease} at login and
 * returns it when it ends. Thread-safe.
 */
public final class LoginLimits {
    private final long perUser;
    private final long perHost;
    private final Map<String, Integer> users = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> hosts = new ConcurrentHashMap<>();

    /** A logged-in session's place; {@link #close} gives it back (once, however often it is called). */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    public LoginLimits(long perUser, long perHost) {
        this.perUser = perUser;
        this.perHost = perHost;
    }

    public static LoginLimits fromConfig(ImapdConf conf) throws ConfigException {
        return new LoginLimits(conf.getInt("maxlogins_per_user", 0), conf.getInt("maxlogins_per_host", 0));
    }

    public static LoginLimits unlimited() {
        return new LoginLimits(0, 0);
    }

    /** A lease for one more session of {@code user} from {@code remote}, or empty when a limit is reached. */
    public Optional<Lease> admit(String user, SocketAddress remote) {
        InetAddress host = remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
        if (!take(users, user, perUser)) {
            return Optional.empty();
        }
        if (host != null && !take(hosts, host, perHost)) {
            give(users, user);
            return Optional.empty();
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return Optional.of(() -> {
            if (open.compareAndSet(true, false)) {
                give(users, user);
                if (host != null) {
                    give(hosts, host);
                }
            }
        });
    }

    /** Sessions {@code user} holds now. */
    public int sessionsOf(String user) {
        return users.getOrDefault(user, 0);
    }

    private static <K> boolean take(Map<K, Integer> counts, K key, long limit) {
        boolean[] taken = {false};
        counts.compute(key, (k, n) -> {
            int current = n == null ? 0 : n;
            if (limit > 0 && current >= limit) {
                return n;
            }
            taken[0] = true;
            return current + 1;
        });
        return taken[0];
    }

    private static <K> void give(Map<K, Integer> counts, K key) {
        counts.computeIfPresent(key, (k, n) -> n <= 1 ? null : n - 1);
    }
}
