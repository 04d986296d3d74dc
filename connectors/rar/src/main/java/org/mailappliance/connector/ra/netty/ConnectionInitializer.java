package org.mailappliance.connector.ra.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.stream.ChunkedWriteHandler;
import org.mailappliance.connector.ra.dispatch.Dispatcher;
import org.mailappliance.connector.ra.framing.FrameDecoder;

/** Builds the pipeline of an accepted connection. */
final class ConnectionInitializer extends ChannelInitializer<Channel> {

    private final ServiceSettings settings;
    private final Dispatcher dispatcher;
    private final ConnectionLimits limits;
    private final ChannelGroup connections;

    ConnectionInitializer(ServiceSettings settings, Dispatcher dispatcher, ConnectionLimits limits,
                          ChannelGroup connections) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.limits = limits;
        this.connections = connections;
    }

    @Override
    protected void initChannel(Channel channel) {
        connections.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        if (settings.implicitTls()) {
            pipeline.addLast(PipelineNames.TLS, settings.tls().newHandler(channel.alloc()));
        }
        pipeline.addLast(PipelineNames.CHUNKED, new ChunkedWriteHandler());
        pipeline.addLast(PipelineNames.IDLE, TransportLayers.idleHandler(settings.idleTimeout()));
        pipeline.addLast(PipelineNames.FRAMES, new FrameDecoder(settings.framing(), settings.initialMode()));
        pipeline.addLast(PipelineNames.SESSION, new SessionHandler(settings, dispatcher, limits));
    }
}
