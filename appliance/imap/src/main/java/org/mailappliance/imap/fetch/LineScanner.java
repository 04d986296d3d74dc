package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads the lines of a region of a message file with a fixed buffer, whatever the line lengths: for each line it
 * keeps the offsets and only the first {@link #PREFIX} octets of content, which is all that boundary and header-name
 * matching needs. Lines end with LF (a CR before it is part of the terminator); the last line may lack one.
 */
final class LineScanner {
    /** Enough for a boundary delimiter (70 characters + "--" + "--" + padding) and any header field name. */
    static final int PREFIX = 1024;
    private static final int BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final long end;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long bufferStart;
    private final byte[] prefix = new byte[PREFIX];

    private long lineStart;
    private long contentEnd;
    private long lineEnd;
    private int prefixLength;

    /** Scans {@code [start, end)} of the file. */
    LineScanner(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.end = end;
        this.lineEnd = start;
        this.bufferStart = start;
        buffer.limit(0);
    }

    /** Advances to the next line; false at the end of the region. */
    boolean next() throws IOException {
        if (lineEnd >= end) {
            return false;
        }
        lineStart = lineEnd;
        prefixLength = 0;
        long pos = lineStart;
        boolean sawCr = false;
        while (pos < end) {
            int b = byteAt(pos);
            pos++;
            if (b == '\n') {
                contentEnd = sawCr ? pos - 2 : pos - 1;
                lineEnd = pos;
                if (sawCr) {
                    prefixLength = (int) Math.min(prefixLength, contentEnd - lineStart);
                }
                return true;
            }
            sawCr = b == '\r';
            if (prefixLength < PREFIX) {
                prefix[prefixLength++] = (byte) b;
            }
        }
        contentEnd = end;
        lineEnd = end;
        return true;
    }

    private int byteAt(long pos) throws IOException {
        if (pos < bufferStart || pos >= bufferStart + buffer.limit()) {
            buffer.clear();
            bufferStart = pos;
            int n;
            do {
                n = channel.read(buffer, pos);
            } while (n == 0);
            if (n < 0) {
                throw new IOException("message file ends at " + pos + ", expected " + end + " octets");
            }
            buffer.flip();
        }
        return buffer.get((int) (pos - bufferStart)) & 0xff;
    }

    /** Offset of the first octet of the line. */
    long lineStart() {
        return lineStart;
    }

    /** Offset just after the line's content, before CRLF or LF. */
    long contentEnd() {
        return contentEnd;
    }

    /** Offset after the line terminator (the next line's start). */
    long lineEnd() {
        return lineEnd;
    }

    /** Whether the line has no content (the blank line that ends a header). */
    boolean blank() {
        return contentEnd == lineStart;
    }

    /** The content length; may exceed {@link #prefixLength()}. */
    long length() {
        return contentEnd - lineStart;
    }

    int prefixLength() {
        return prefixLength;
    }

    /** Octet {@code i} of the line's content, {@code i < prefixLength()}. */
    int at(int i) {
        return prefix[i] & 0xff;
    }

    /** The first {@code n} octets of content as ISO-8859-1 text (n at most prefixLength()). */
    String text(int n) {
        return new String(prefix, 0, Math.min(n, prefixLength), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
