package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;

/** Reads the pieces of a {@link SectionContent} in order: file regions through positional reads, fixed bytes as is. */
final class PieceInputStream extends InputStream {
    private final FileChannel file;
    private final List<SectionContent.Piece> pieces;
    private int index;
    private long done;

    PieceInputStream(FileChannel file, SectionContent content) {
        this.file = file;
        this.pieces = content.pieces();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (index < pieces.size() && done == pieces.get(index).length()) {
            index++;
            done = 0;
        }
        if (index == pieces.size()) {
            return -1;
        }
        SectionContent.Piece piece = pieces.get(index);
        int want = (int) Math.min(len, piece.length() - done);
        int n;
        if (piece instanceof SectionContent.FileRegion r) {
            n = file.read(ByteBuffer.wrap(b, off, want), r.offset() + done);
            if (n < 0) {
                throw new IOException("message file is shorter than its index record says");
            }
        } else {
            System.arraycopy(((SectionContent.Fixed) piece).bytes(), (int) done, b, off, want);
            n = want;
        }
        done += n;
        return n;
    }
}
