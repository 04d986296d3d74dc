package org.mailappliance.connector.ra.framing;

import io.netty.buffer.ByteBuf;

/**
 * Finds the next CRLF- or LF-terminated line in a buffer that fills up over several reads. It remembers how far it
 * has searched so that input arriving one byte at a time is not searched again and again.
 */
final class LineScanner {

    private int searched;
    private int contentLength;
    private int terminatorLength;
    private boolean tooLong;

    /**
     * Looks for a complete line of at most {@code limit} octets (terminator not counted).
     *
     * @return true when a line is ready for {@link #take}; false when more input is needed or {@link #tooLong()}
     */
    boolean find(ByteBuf in, int limit) {
        tooLong = false;
        int start = in.readerIndex();
        int lf = in.indexOf(start + searched, in.writerIndex(), (byte) '\n');
        if (lf < 0) {
            searched = in.readableBytes();
            // one octet of slack: it may be the CR of a CRLF split across reads
            tooLong = searched > limit + 1 || (searched == limit + 1 && in.getByte(in.writerIndex() - 1) != '\r');
            return false;
        }
        searched = 0;
        int length = lf - start;
        boolean cr = length > 0 && in.getByte(lf - 1) == '\r';
        contentLength = cr ? length - 1 : length;
        terminatorLength = cr ? 2 : 1;
        if (contentLength > limit) {
            tooLong = true;
            return false;
        }
        return true;
    }

    /** Whether the last {@link #find} failed because the line exceeds the limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** Reads the found line's content and skips its terminator. */
    byte[] take(ByteBuf in) {
        byte[] line = new byte[contentLength];
        in.readBytes(line);
        in.skipBytes(terminatorLength);
        return line;
    }

    /** The first {@code max} buffered octets, for the violation report; consumes nothing. */
    static byte[] peek(ByteBuf in, int max) {
        byte[] partial = new byte[Math.min(max, in.readableBytes())];
        in.getBytes(in.readerIndex(), partial);
        return partial;
    }

    /** Forgets the search position (the buffer was emptied). */
    void reset() {
        searched = 0;
        tooLong = false;
    }
}
