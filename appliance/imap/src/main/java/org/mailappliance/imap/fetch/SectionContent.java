package org.mailappliance.imap.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * The octets of a BODY[...] answer as pieces of the message file plus short fixed bytes (the CRLF that ends a
 * HEADER.FIELDS answer): nothing is copied until the pieces are streamed to the connection.
 */
record SectionContent(List<Piece> pieces) {

    /** A run of octets of the answer. */
    sealed interface Piece {
        long length();
    }

    /** {@code length} octets of the message file from {@code offset}. */
    record FileRegion(long offset, long length) implements Piece {
    }

    /** Octets that are not in the file. */
    record Fixed(byte[] bytes) implements Piece {
        @Override
        public long length() {
            return bytes.length;
        }
    }

    SectionContent {
        pieces = List.copyOf(pieces);
    }

    static SectionContent region(long start, long end) {
        return new SectionContent(List.of(new FileRegion(start, Math.max(0, end - start))));
    }

    long length() {
        long n = 0;
        for (Piece p : pieces) {
            n += p.length();
        }
        return n;
    }

    /** The octets {@code [origin, origin + count)} of this content (RFC 9051 §6.4.5 partial fetch). */
    SectionContent slice(long origin, long count) {
        List<Piece> out = new ArrayList<>();
        long skip = origin;
        long want = count;
        for (Piece p : pieces) {
            if (want == 0) {
                break;
            }
            long len = p.length();
            if (skip >= len) {
                skip -= len;
                continue;
            }
            long take = Math.min(len - skip, want);
            if (p instanceof FileRegion r) {
                out.add(new FileRegion(r.offset() + skip, take));
            } else if (p instanceof Fixed f) {
                byte[] b = new byte[(int) take];
                System.arraycopy(f.bytes(), (int) skip, b, 0, (int) take);
                out.add(new Fixed(b));
            }
            want -= take;
            skip = 0;
        }
        return new SectionContent(out);
    }
}
