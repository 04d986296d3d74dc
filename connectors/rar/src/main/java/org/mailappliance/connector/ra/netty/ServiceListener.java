package org.mailappliance.connector.ra.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.ra.dispatch.Dispatcher;

/** One listening socket of a cyrus.conf service and the connections accepted on it. */
public final class ServiceListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServiceListener.class.getName());

    private final ServiceSettings settings;
    private final Channel server;
    private final ChannelGroup connections;
    private final ConnectionLimits limits;

    private ServiceListener(ServiceSettings settings, Channel server, ChannelGroup connections, ConnectionLimits limits) {
        this.settings = settings;
        this.server = server;
        this.connections = connections;
        this.limits = limits;
    }

    /** Binds the socket; connections are served by {@code dispatcher}'s listener from then on. */
    public static ServiceListener open(ServiceSettings settings, EventLoops loops, Dispatcher dispatcher)
            throws IOException {
        boolean unix = settings.unix();
        if (unix) {
            prepareSocketPath(Path.of(((DomainSocketAddress) settings.address()).path()));
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(unix ? loops.unix() : loops.tcp())
                .channel(unix ? EpollServerDomainSocketChannel.class : NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256);
        if (!unix) {
            bootstrap.option(ChannelOption.SO_REUSEADDR, true);
        }
        ChannelGroup connections = new DefaultChannelGroup(settings.service(), bootstrap.config().group().next());
        ConnectionLimits limits = new ConnectionLimits(settings.service(), settings.maxChild(), settings.maxPerHost());
        bootstrap.childHandler(new ConnectionInitializer(settings, dispatcher, limits, connections));
        Channel server;
        try {
            server = bootstrap.bind(settings.address()).syncUninterruptibly().channel();
        } catch (Exception e) {
            throw new IOException("cannot listen on " + describe(settings.address()) + " for service "
                    + settings.service() + ": " + e.getMessage(), e);
        }
        if (unix) {
            // like Cyrus's master: the socket is world-connectable, access is governed by its directory
            Path path = Path.of(((DomainSocketAddress) settings.address()).path());
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        return new ServiceListener(settings, server, connections, limits);
    }

    public ServiceSettings settings() {
        return settings;
    }

    /** Where the socket is bound (the real port when port 0 was asked for). */
    public SocketAddress boundAddress() {
        return server.localAddress();
    }

    /** Connections currently counted against the service's limits. */
    public int openConnections() {
        return limits.open();
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        connections.close().awaitUninterruptibly(10, TimeUnit.SECONDS);
        if (settings.unix()) {
            try {
                Files.deleteIfExists(Path.of(((DomainSocketAddress) settings.address()).path()));
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot remove socket file", e);
            }
        }
    }

    /** A printable address: host:port or the socket path. */
    public static String describe(SocketAddress address) {
        return address instanceof DomainSocketAddress unix ? unix.path() : String.valueOf(address);
    }

    private static void prepareSocketPath(Path path) throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot listen on " + path + ": it exists and is not a socket");
            }
            // a stale socket from an earlier run: binding would fail with EADDRINUSE
            Files.delete(path);
        }
    }
}
