package org.mailappliance.connector.ra.netty;

/** Handler names, head to tail. TLS is outermost, compression inside it, framing last. */
final class PipelineNames {
    static final String TLS = "tls";
    static final String INFLATE = "inflate";
    static final String DEFLATE = "deflate";
    static final String CHUNKED = "chunked";
    static final String IDLE = "idle";
    static final String FRAMES = "frames";
    static final String SESSION = "session";

    private PipelineNames() {
    }
}
