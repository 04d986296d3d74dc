package org.mailappliance.imap.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;

/**
 * The decoded octets of a BINARY[part] answer (RFC 3516): a region of the message file and the transfer encoding to
 * undo. Nothing is decoded into memory: one pass counts the decoded octets (and looks for NUL in the requested
 * window, which forces a literal8), a second pass streams them to the client.
 *
 * @param raw      the encoded body in the file
 * @param encoding how to decode it
 * @param partial  the {@code <origin.count>} window, or null
 * @param size     the decoded size of the whole part (BINARY.SIZE)
 * @param hasNul   whether the answered window contains a NUL octet
 */
record BinaryContent(SectionContent raw, TransferEncoding encoding, FetchItem.Partial partial, long size,
        boolean hasNul) {
    private static final int BUFFER = 8192;

    /** Thrown when the part's Content-Transfer-Encoding is none this server knows (tagged NO [UNKNOWN-CTE]). */
    static final class UnknownEncodingException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownEncodingException(String encoding) {
            super(encoding);
        }
    }

    /**
     * Measures the part {@code entity} names ({@code null}: the whole message, never decoded, as {@code BINARY[]}
     * is the message itself).
     */
    static BinaryContent measure(FileChannel file, long fileSize, Entity entity, FetchItem.Partial partial)
            throws IOException, UnknownEncodingException {
        SectionContent raw = entity == null ? SectionContent.region(0, fileSize)
                : SectionContent.region(entity.bodyStart(), entity.end());
        TransferEncoding encoding = entity == null ? TransferEncoding.IDENTITY : TransferEncoding.of(entity.encoding());
        if (encoding == null) {
            throw new UnknownEncodingException(entity.encoding());
        }
        long from = partial == null ? 0 : partial.origin();
        long to = partial == null ? Long.MAX_VALUE : saturatedAdd(partial.origin(), partial.count());
        long size = 0;
        boolean nul = false;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = open(file, raw, encoding)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (!nul && size + n > from && size < to) {
                    int start = (int) Math.max(0, from - size);
                    int end = (int) Math.min(n, to - size);
                    for (int i = start; i < end && !nul; i++) {
                        nul = buf[i] == 0;
                    }
                }
                size += n;
            }
        }
        return new BinaryContent(raw, encoding, partial, size, nul);
    }

    /** The octets answered: the whole decoded part, or the partial window of it. */
    long length() {
        if (partial == null) {
            return size;
        }
        return Math.max(0, Math.min(partial.count(), size - partial.origin()));
    }

    /** The answered octets, decoded as they are read; the caller closes the stream. */
    InputStream open(FileChannel file) throws IOException {
        InputStream in = open(file, raw, encoding);
        if (partial != null) {
            in.skipNBytes(Math.min(partial.origin(), size));
        }
        return in;
    }

    private static InputStream open(FileChannel file, SectionContent raw, TransferEncoding encoding) {
        return encoding.decode(new BufferedInputStream(new PieceInputStream(file, raw), BUFFER));
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
