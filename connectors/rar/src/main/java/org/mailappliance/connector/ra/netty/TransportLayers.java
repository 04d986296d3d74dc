package org.mailappliance.connector.ra.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.mailappliance.connector.ra.framing.FrameDecoder;

/** Adds TLS, compression and idle detection to a live pipeline. Every method runs on the channel's event loop. */
final class TransportLayers {

    private static final Logger LOG = Logger.getLogger(TransportLayers.class.getName());
    private static final int DEFLATE_LEVEL = 6;

    private TransportLayers() {
    }

    /**
     * STARTTLS: what was written so far goes out in clear text; TLS starts with the next octet in both directions.
     * Octets the client sent after its STARTTLS command are thrown away: they were not protected (CVE-2011-0411).
     */
    static void startTls(Channel channel, SslContext tls) {
        channel.flush();
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addFirst(PipelineNames.TLS, tls.newHandler(channel.alloc()));
        int discarded = pipeline.get(FrameDecoder.class).discardBuffered();
        if (discarded > 0) {
            LOG.warning(() -> "discarded " + discarded + " octets sent in clear text after STARTTLS by "
                    + channel.remoteAddress());
        }
    }

    /**
     * COMPRESS=DEFLATE (RFC 4978): raw DEFLATE inside TLS, every write flushed through the compressor (Netty's
     * encoder uses SYNC_FLUSH per message). Input that arrived after the COMPRESS command is already compressed, so
     * it is passed back through the new decompressor.
     */
    static void startCompression(Channel channel) {
        channel.flush();
        ChannelPipeline pipeline = channel.pipeline();
        JdkZlibDecoder inflater = new JdkZlibDecoder(ZlibWrapper.NONE);
        JdkZlibEncoder deflater = new JdkZlibEncoder(ZlibWrapper.NONE, DEFLATE_LEVEL);
        ChannelHandlerContext tls = pipeline.context(PipelineNames.TLS);
        if (tls != null) {
            pipeline.addAfter(PipelineNames.TLS, PipelineNames.INFLATE, inflater);
        } else {
            pipeline.addFirst(PipelineNames.INFLATE, inflater);
        }
        pipeline.addAfter(PipelineNames.INFLATE, PipelineNames.DEFLATE, deflater);
        ByteBuf early = pipeline.get(FrameDecoder.class).takeBuffered();
        if (!early.isReadable()) {
            early.release();
        } else if (tls != null) {
            tls.fireChannelRead(early);
        } else {
            pipeline.fireChannelRead(early);
        }
    }

    /** A handler that reports reader idleness after {@code timeout}; zero or null disables it. */
    static IdleStateHandler idleHandler(Duration timeout) {
        long millis = timeout == null ? 0 : Math.max(0, timeout.toMillis());
        return new IdleStateHandler(millis, 0, 0, TimeUnit.MILLISECONDS);
    }

    static void idleTimeout(Channel channel, Duration timeout) {
        if (channel.pipeline().get(PipelineNames.IDLE) != null) {
            channel.pipeline().replace(PipelineNames.IDLE, PipelineNames.IDLE, idleHandler(timeout));
        }
    }
}
