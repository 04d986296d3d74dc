package org.mailappliance.sasl.guard;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;

/**
 * How long to hold a client after a failed login: {@code failedloginpause} (Cyrus's fixed pause, default 3 s) for
 * the first {@link #FREE_FAILURES} failures from an address, then doubling with every further failure up to
 * {@link #MAX_PAUSE}, so guessing from one address slows down exponentially. The count of an address is forgotten
 * after a successful login from it or {@link #WINDOW} without failures. Shared by every protocol, so an attacker
 * cannot spread guesses over IMAP, POP3 and NNTP. Thread-safe.
 */
public final class LoginThrottle {
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(3);
    public static final int FREE_FAILURES = 3;
    public static final Duration MAX_PAUSE = Duration.ofSeconds(60);
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; beyond, expired ones and then the oldest are dropped. */
    static final int MAX_ADDRESSES = 50_000;

    private final Duration pause;
    private final Clock clock;
    private final Map<InetAddress, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {
    }

    public LoginThrottle(Duration pause, Clock clock) {
        this.pause = pause;
        this.clock = clock;
    }

    /** {@code failedloginpause} (seconds; 0 turns pauses off). */
    public static LoginThrottle fromConfig(ImapdConf conf) throws ConfigException {
        return new LoginThrottle(conf.getDuration("failedloginpause", DEFAULT_PAUSE, ChronoUnit.SECONDS),
                Clock.systemUTC());
    }

    /**
     * {@link #fromConfig}, for engines that report configuration errors per connection rather than at
     * construction: an unusable {@code failedloginpause} is logged and the default used.
     */
    public static LoginThrottle fromConfigOrDefault(ImapdConf conf) {
        try {
            return fromConfig(conf);
        } catch (ConfigException e) {
            Logger.getLogger(LoginThrottle.class.getName()).log(Level.SEVERE,
                    "failedloginpause is unusable; pausing " + DEFAULT_PAUSE, e);
            return new LoginThrottle(DEFAULT_PAUSE, Clock.systemUTC());
        }
    }

    /** Records a failed login from {@code remote} and returns how long to hold that connection. */
    public Duration failed(SocketAddress remote) {
        if (pause.isZero() || pause.isNegative()) {
            return Duration.ZERO;
        }
        InetAddress address = addressOf(remote);
        if (address == null) {
            // a UNIX socket: local, no address to count
            return pause;
        }
        Instant now = clock.instant();
        Failures f = failures.compute(address, (a, old) -> old == null || expired(old, now)
                ? new Failures(1, now) : new Failures(old.count + 1, now));
        if (failures.size() > MAX_ADDRESSES) {
            prune(now);
        }
        return pauseAfter(f.count);
    }

    /** A successful login from {@code remote}: its earlier failures no longer count. */
    public void succeeded(SocketAddress remote) {
        InetAddress address = addressOf(remote);
        if (address != null) {
            failures.remove(address);
        }
    }

    /** The pause after the {@code n}th failure in a row. */
    Duration pauseAfter(int n) {
        int doublings = Math.min(Math.max(0, n - FREE_FAILURES), 16);
        Duration d = pause.multipliedBy(1L << doublings);
        return d.compareTo(MAX_PAUSE) > 0 ? (pause.compareTo(MAX_PAUSE) > 0 ? pause : MAX_PAUSE) : d;
    }

    private boolean expired(Failures f, Instant now) {
        return f.last.plus(WINDOW).isBefore(now);
    }

    private void prune(Instant now) {
        failures.values().removeIf(f -> expired(f, now));
        Iterator<InetAddress> it = failures.keySet().iterator();
        while (failures.size() > MAX_ADDRESSES && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private static InetAddress addressOf(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
