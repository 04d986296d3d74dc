package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.util.List;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;

/**
 * Reads dot-terminated data (RFC 5321 4.5.2): removes the stuffed leading dot of each line and the terminating
 * {@code .CRLF}, keeps every other octet (CRLFs included). Octets stream into a {@link LiteralSink}, so no line is
 * ever buffered whole, however long.
 */
final class DotDataReader {

    private static final byte[] NOTHING = new byte[0];

    private final FramingLimits limits;
    private LiteralSink sink;
    private boolean lineStart = true;

    DotDataReader(FramingLimits limits) {
        this.limits = limits;
    }

    /** @return the data as a frame, a violation frame, or null when more input is needed */
    Frame read(ByteBuf in) throws IOException {
        if (sink == null) {
            sink = new LiteralSink(limits.spool(), limits.memoryLimit(), 0, false);
        }
        while (in.isReadable()) {
            int at = in.readerIndex();
            if (lineStart && in.getByte(at) == '.') {
                int terminator = terminatorLength(in, at);
                if (terminator < 0) {
                    return null;
                }
                if (terminator > 0) {
                    in.skipBytes(terminator);
                    return finish();
                }
                in.skipBytes(1);
                at++;
            }
            lineStart = false;
            int lf = in.indexOf(at, in.writerIndex(), (byte) '\n');
            int chunk = lf < 0 ? in.readableBytes() : lf - at + 1;
            if (sink.size() + chunk > limits.maxLiteral()) {
                abort();
                return Frame.violation(Violation.LITERAL_TOO_BIG_FATAL, NOTHING);
            }
            sink.write(in, chunk);
            lineStart = lf >= 0;
        }
        return null;
    }

    /** 2 or 3 for {@code .LF} / {@code .CRLF}, 0 for a stuffed line, -1 when it cannot be told yet. */
    private static int terminatorLength(ByteBuf in, int at) {
        int available = in.writerIndex() - at;
        if (available < 2) {
            return -1;
        }
        byte second = in.getByte(at + 1);
        if (second == '\n') {
            return 2;
        }
        if (second != '\r') {
            return 0;
        }
        if (available < 3) {
            return -1;
        }
        return in.getByte(at + 2) == '\n' ? 3 : 0;
    }

    private Frame finish() throws IOException {
        DisposableLiteral data = sink.finish();
        sink = null;
        lineStart = true;
        return new Frame(List.of(NOTHING, NOTHING), List.of(data), null);
    }

    boolean inProgress() {
        return sink != null;
    }

    void abort() {
        if (sink != null) {
            sink.abort();
            sink = null;
        }
        lineStart = true;
    }
}
