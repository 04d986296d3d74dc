package org.mailappliance.connector.ra.netty;

import io.netty.channel.unix.DomainSocketAddress;
import io.netty.handler.ssl.SslContext;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.ra.framing.FramingLimits;

/**
 * Everything one listening socket needs, already resolved from imapd.conf and cyrus.conf.
 *
 * @param service      cyrus.conf SERVICES name, such as {@code imaps}
 * @param command      the service's {@code cmd=} split into words
 * @param address      an {@code InetSocketAddress} or a {@link DomainSocketAddress}
 * @param implicitTls  {@code -s}: TLS from the first octet
 * @param tls          server TLS context for implicit TLS and STARTTLS; null when TLS is unavailable
 * @param maxChild     most concurrent connections to the service; zero or less: unlimited
 * @param maxPerHost   most concurrent connections from one client address; zero or less: unlimited
 * @param framing      input limits
 * @param initialMode  how the first input after connecting is framed
 * @param idleTimeout  initial idle timeout; zero: none
 * @param writeTimeout how long a writer waits for a slow client before the connection is dropped
 */
public record ServiceSettings(String service, List<String> command, SocketAddress address, boolean implicitTls,
                              SslContext tls, int maxChild, int maxPerHost, FramingLimits framing,
                              FrameMode initialMode, Duration idleTimeout, Duration writeTimeout) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofMinutes(10);

    public ServiceSettings {
        Objects.requireNonNull(service, "service");
        command = List.copyOf(command);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(initialMode, "initialMode");
        if (implicitTls && tls == null) {
            throw new IllegalArgumentException("service " + service + " uses implicit TLS but has no TLS context");
        }
    }

    public boolean unix() {
        return address instanceof DomainSocketAddress;
    }

    /** A copy listening elsewhere (tests bind to port 0). */
    public ServiceSettings withAddress(SocketAddress other) {
        return new ServiceSettings(service, command, other, implicitTls, tls, maxChild, maxPerHost, framing,
                initialMode, idleTimeout, writeTimeout);
    }
}
