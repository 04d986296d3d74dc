package org.mailappliance.connector.ra.netty;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The adapter's event loops: NIO for TCP, epoll for UNIX-domain sockets (created only when a service needs one).
 * Each event loop takes one thread from {@code threads} for its whole life (a long-running JCA Work in the container).
 */
public final class EventLoops implements AutoCloseable {

    private final Executor threads;
    private final EventLoopGroup tcp;
    private EventLoopGroup unix;

    public EventLoops(Executor threads, int tcpThreads) {
        this.threads = threads;
        this.tcp = new MultiThreadIoEventLoopGroup(tcpThreads, threads, NioIoHandler.newFactory());
    }

    /** Event loops for the number of processors, at least two. */
    public static int defaultThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    public EventLoopGroup tcp() {
        return tcp;
    }

    public synchronized EventLoopGroup unix() {
        if (unix == null) {
            if (!Epoll.isAvailable()) {
                throw new IllegalStateException("UNIX-domain sockets need Netty's epoll transport, which is unavailable: "
                        + Epoll.unavailabilityCause());
            }
            unix = new MultiThreadIoEventLoopGroup(1, threads, EpollIoHandler.newFactory());
        }
        return unix;
    }

    @Override
    public synchronized void close() {
        tcp.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        if (unix != null) {
            unix.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }
    }
}
