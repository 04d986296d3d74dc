package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.connector.api.Violation;

/**
 * Assembles one IMAP command: line pieces and the literals between them, across any number of reads.
 * Literal octets go straight into a {@link LiteralSink}; only the command text is kept as byte arrays.
 */
final class ImapCommandReader {

    private final FramingLimits limits;
    private final LineScanner scanner = new LineScanner();
    private final List<byte[]> lines = new ArrayList<>();
    private final List<Literal> literals = new ArrayList<>();
    private int lineOctets;
    private long memoryUsed;
    private LiteralSink sink;
    private long remaining;

    ImapCommandReader(FramingLimits limits) {
        this.limits = limits;
    }

    /**
     * Consumes what it can of {@code in}.
     *
     * @param continuation sends {@code + go ahead} for an accepted synchronizing literal; null for ManageSieve, where
     *                     every literal's octets follow without one
     * @return the complete command, a violation frame, or null when more input is needed
     */
    Frame read(ByteBuf in, Runnable continuation) throws IOException {
        while (true) {
            if (sink != null) {
                int chunk = (int) Math.min(remaining, in.readableBytes());
                if (chunk > 0) {
                    sink.write(in, chunk);
                    remaining -= chunk;
                }
                if (remaining > 0) {
                    return null;
                }
                literals.add(sink.finish());
                sink = null;
            }
            int budget = limits.maxLine() - lineOctets;
            if (!scanner.find(in, budget)) {
                if (scanner.tooLong()) {
                    lines.add(LineScanner.peek(in, budget));
                    return complete(Violation.LINE_TOO_LONG);
                }
                return null;
            }
            byte[] line = scanner.take(in);
            lines.add(line);
            lineOctets += line.length;
            LiteralMarker marker = LiteralMarker.parse(line);
            if (marker == null) {
                return complete(null);
            }
            Violation refused = judge(marker, continuation == null);
            if (refused != null) {
                return complete(refused);
            }
            if (!marker.nonSync() && continuation != null) {
                continuation.run();
            }
            boolean onHeap = marker.size() <= limits.memoryLimit() - memoryUsed;
            int heapSize = onHeap ? (int) marker.size() : 0;
            memoryUsed += heapSize;
            sink = new LiteralSink(limits.spool(), heapSize, heapSize, marker.binary());
            remaining = marker.size();
        }
    }

    /** @param noContinuation ManageSieve: the octets are on their way whatever the marker says; LITERAL- is IMAP's */
    private Violation judge(LiteralMarker marker, boolean noContinuation) {
        if (!noContinuation && marker.nonSync() && limits.literalMinus()
                && marker.size() > FramingLimits.LITERAL_MINUS_MAX) {
            return Violation.LITERAL_MINUS_TOO_BIG;
        }
        if (marker.size() > limits.maxLiteral()) {
            return marker.nonSync() || noContinuation ? Violation.LITERAL_TOO_BIG_FATAL : Violation.LITERAL_TOO_BIG;
        }
        return null;
    }

    private Frame complete(Violation violation) {
        Frame frame = new Frame(lines, literals, violation);
        lines.clear();
        literals.clear();
        lineOctets = 0;
        memoryUsed = 0;
        scanner.reset();
        return frame;
    }

    /** Whether part of a command has been read. */
    boolean inProgress() {
        return sink != null || !lines.isEmpty();
    }

    /** Forgets the buffer search position after the buffer was emptied from outside. */
    void bufferCleared() {
        scanner.reset();
    }

    /** Drops a half-read command (connection closed): frees its literals and any partial spool file. */
    void abort() {
        if (sink != null) {
            sink.abort();
            sink = null;
        }
        DisposableLiteral.disposeAll(new Frame(lines, literals, Violation.MALFORMED));
        lines.clear();
        literals.clear();
        lineOctets = 0;
        memoryUsed = 0;
        scanner.reset();
    }
}
