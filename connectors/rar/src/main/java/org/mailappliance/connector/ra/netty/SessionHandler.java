package org.mailappliance.connector.ra.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.ra.dispatch.Dispatcher;
import org.mailappliance.connector.ra.framing.FrameDecoder;

/**
 * Turns a connection's events into listener calls, one at a time and in order. While a call runs the channel does
 * not read, and the frame decoder holds any further input undecoded; when the call returns the next pending call
 * runs, or the decoder continues, and only when it needs more input does the channel read again.
 *
 * <p>{@code disconnected} is called exactly once for every connection whose listener saw {@code connected} or
 * {@code refused}, after any call still running. All state is confined to the event loop.
 */
final class SessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = Logger.getLogger(SessionHandler.class.getName());

    private final ServiceSettings settings;
    private final Dispatcher dispatcher;
    private final ConnectionLimits limits;
    private final Deque<ListenerCall> pending = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private NettyConnection connection;
    private InetAddress host;
    private String refusal;
    private boolean counted;
    private boolean started;
    private boolean running;
    private boolean ended;
    private boolean closing;

    SessionHandler(ServiceSettings settings, Dispatcher dispatcher, ConnectionLimits limits) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.limits = limits;
    }

    NettyConnection connection() {
        return connection;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        connection = new NettyConnection(ctx.channel(), settings);
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress inet) {
            host = inet.getAddress();
        }
        refusal = limits.admit(host);
        counted = refusal == null;
        if (!settings.implicitTls()) {
            start();
        }
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent handshake && !started) {
            if (handshake.isSuccess()) {
                start();
            } else {
                LOG.fine(() -> "TLS handshake with " + ctx.channel().remoteAddress() + " failed: " + handshake.cause());
                ctx.close();
            }
        } else if (event instanceof IdleStateEvent && started && !running && pending.isEmpty() && !ended && !closing) {
            enqueue(ListenerCall.timedOut());
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Frame frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ListenerCall call = ListenerCall.received(frame);
        if (ended || closing) {
            call.dispose();
        } else if (!started) {
            // implicit TLS: input decoded before the handshake event was processed waits for connected()
            pending.add(call);
        } else {
            enqueue(call);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.wakeWriters();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (counted) {
            counted = false;
            limits.release(host);
        }
        connection.wakeWriters();
        pending.removeIf(call -> {
            call.dispose();
            return true;
        });
        if (started && !ended) {
            ended = true;
            pending.add(ListenerCall.disconnected());
            if (!running) {
                runNext();
            }
        }
        ended = true;
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // clients sending garbage or vanishing are routine, not the operator's problem
        boolean routine = cause instanceof IOException || cause instanceof DecoderException
                || cause instanceof SSLException;
        Level level = routine ? Level.FINE : Level.WARNING;
        LOG.log(level, "connection " + (connection == null ? "?" : connection.id()) + " on " + settings.service()
                + " from " + ctx.channel().remoteAddress() + " failed", cause);
        ctx.close();
    }

    private void start() {
        started = true;
        pending.addFirst(refusal == null ? ListenerCall.connected() : ListenerCall.refused(refusal));
        if (!running) {
            runNext();
        }
    }

    private void enqueue(ListenerCall call) {
        pending.add(call);
        if (!running) {
            runNext();
        }
    }

    private void runNext() {
        ListenerCall call = pending.poll();
        if (call == null) {
            readOn();
            return;
        }
        running = true;
        ctx.channel().config().setAutoRead(false);
        dispatcher.dispatch(ctx.executor(), listener -> call.invoke(listener, connection),
                failure -> ctx.executor().execute(() -> finished(call, failure)));
    }

    private void finished(ListenerCall call, Throwable failure) {
        running = false;
        call.dispose();
        if (failure != null && call.kind != ListenerCall.Kind.DISCONNECTED) {
            LOG.log(Level.SEVERE, "listener call " + call.kind + " failed for connection " + connection.id() + " on "
                    + settings.service() + " from " + ctx.channel().remoteAddress() + "; closing it", failure);
            closing = true;
            // what the listener wrote before failing still goes out (often its error reply)
            connection.close();
        } else if (failure != null) {
            LOG.log(Level.WARNING, "disconnected() failed for connection " + connection.id(), failure);
        } else if (call.closesAfter()) {
            closing = true;
            connection.close();
        }
        long pause = closing || ended ? 0 : connection.pauseRemainingNanos();
        if (pause > 0) {
            // "running" stays true: input and idle events queue up until the pause is over
            running = true;
            ctx.executor().schedule(() -> {
                running = false;
                connection.endPause();
                runNext();
            }, pause, TimeUnit.NANOSECONDS);
            return;
        }
        runNext();
    }

    /** No call pending: let the decoder go on with buffered input, and read when it needs more. */
    private void readOn() {
        if (ended || closing || !ctx.channel().isActive()) {
            return;
        }
        FrameDecoder decoder = ctx.pipeline().get(FrameDecoder.class);
        decoder.resume();
        if (!running && !decoder.paused()) {
            ctx.channel().config().setAutoRead(true);
        }
    }
}
