package org.mailappliance.imap.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.mailstore.message.MessageCache;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.NoSuchMessageException;

/**
 * Writes the {@code * n FETCH (...)} response of one message. Everything that can fail (the cache row, the file,
 * the section offsets) is looked up before the first octet of the line is written, so a message that vanished is
 * skipped instead of leaving half a response; then section octets stream from the file to the connection.
 */
final class FetchResponder {
    private final MessageStore messages;
    private final String mailbox;
    private final RecentFlag recent;

    /** Whether the session sees a message as \Recent (the selected mailbox knows; FETCH only reports it). */
    interface RecentFlag {
        boolean isRecent(long uid);
    }

    FetchResponder(MessageStore messages, String mailbox, RecentFlag recent) {
        this.messages = messages;
        this.mailbox = mailbox;
        this.recent = recent;
    }

    /**
     * @param addFlags the FETCH set \Seen on this message: FLAGS goes with the answer even when not requested
     * @param cache    the message's cache read with its batch, or null when the request needs none or the message
     *                 is gone
     * @return false when the message no longer exists (nothing was written)
     */
    boolean respond(ResponseWriter out, int msn, MessageRecord record, FetchRequest request, boolean addFlags,
            MessageCache cache) throws IOException, BinaryContent.UnknownEncodingException {
        if (request.readsCache() && cache == null) {
            return false;
        }
        if (!request.readsFile()) {
            write(out, msn, record, request, addFlags, cache, null, List.of(), List.of());
            return true;
        }
        Path file;
        try {
            file = messages.openMessage(mailbox, record.uid());
        } catch (NoSuchMessageException e) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<SectionContent> sections = locate(channel, record, request);
            List<BinaryContent> binaries = measureBinaries(channel, request);
            write(out, msn, record, request, addFlags, cache, new Source(file, channel), sections, binaries);
        }
        return true;
    }

    /** The file and an open channel on it; a single region goes as a file transfer, pieces through the channel. */
    private record Source(Path path, FileChannel channel) {
    }

    /** The content of every section item in request order (null entries answer NIL). */
    private static List<SectionContent> locate(FileChannel channel, MessageRecord record, FetchRequest request)
            throws IOException {
        long size = channel.size();
        long headerSize = Math.min(record.headerSize(), size);
        SectionLocator locator = new SectionLocator(channel, size);
        List<SectionContent> out = new ArrayList<>();
        for (FetchItem item : request.items()) {
            if (item instanceof FetchItem.BodySection b) {
                SectionContent c = b.section().equals(Section.WHOLE) ? SectionContent.region(0, size)
                        : locator.locate(b.section());
                if (c != null && b.partial() != null) {
                    c = c.slice(b.partial().origin(), b.partial().count());
                }
                out.add(c);
            } else if (item == FetchItem.Simple.RFC822) {
                out.add(SectionContent.region(0, size));
            } else if (item == FetchItem.Simple.RFC822_HEADER) {
                out.add(SectionContent.region(0, headerSize));
            } else if (item == FetchItem.Simple.RFC822_TEXT) {
                out.add(SectionContent.region(headerSize, size));
            }
        }
        return out;
    }

    /**
     * The decoded content of every BINARY and BINARY.SIZE item in request order (null entries: no such part), measured
     * before anything is written so that an unknown transfer encoding fails the message cleanly.
     */
    private static List<BinaryContent> measureBinaries(FileChannel channel, FetchRequest request)
            throws IOException, BinaryContent.UnknownEncodingException {
        List<BinaryContent> out = new ArrayList<>();
        long size = channel.size();
        SectionLocator locator = new SectionLocator(channel, size);
        for (FetchItem item : request.items()) {
            List<Integer> part;
            FetchItem.Partial partial = null;
            if (item instanceof FetchItem.Binary b) {
                part = b.part();
                partial = b.partial();
            } else if (item instanceof FetchItem.BinarySize b) {
                part = b.part();
            } else {
                continue;
            }
            if (part.isEmpty()) {
                out.add(BinaryContent.measure(channel, size, null, partial));
            } else {
                Entity entity = locator.part(part);
                out.add(entity == null ? null : BinaryContent.measure(channel, size, entity, partial));
            }
        }
        return out;
    }

    private void write(ResponseWriter out, int msn, MessageRecord record, FetchRequest request, boolean addFlags,
            MessageCache cache, Source source, List<SectionContent> sections, List<BinaryContent> binaries)
            throws IOException {
        ResponseLine line = out.untagged().number(msn).atom("FETCH").open();
        int section = 0;
        int binary = 0;
        for (FetchItem item : request.items()) {
            if (item instanceof FetchItem.Binary b) {
                line.atom(b.responseName());
                binary(line, source, binaries.get(binary++));
                continue;
            }
            if (item instanceof FetchItem.BinarySize b) {
                BinaryContent c = binaries.get(binary++);
                line.atom(b.responseName()).number(c == null ? 0 : c.size());
                continue;
            }
            if (item instanceof FetchItem.BodySection b) {
                line.atom(b.responseName());
                content(line, source, sections.get(section++));
                continue;
            }
            FetchItem.Simple simple = (FetchItem.Simple) item;
            line.atom(simple.wire());
            switch (simple) {
                case UID -> line.number(record.uid());
                case FLAGS -> flags(line, record);
                case INTERNALDATE -> line.string(ImapDates.dateTime(record.internalDate()));
                case SAVEDATE -> line.nstring(record.saveDate() == null ? null : ImapDates.dateTime(record.saveDate()));
                case RFC822_SIZE -> line.number(record.size());
                case EMAILID -> line.atom(ObjectIds.parenthesized(ObjectIds.emailId(record)));
                case THREADID -> line.nil();
                case ENVELOPE -> line.octets(cache.envelope());
                case BODY -> line.octets(cache.body());
                case BODYSTRUCTURE -> line.octets(cache.bodyStructure());
                case RFC822, RFC822_HEADER, RFC822_TEXT -> content(line, source, sections.get(section++));
                default -> throw new IllegalStateException("unhandled fetch item " + simple);
            }
        }
        if (addFlags && !request.items().contains(FetchItem.Simple.FLAGS)) {
            line.atom("FLAGS");
            flags(line, record);
        }
        line.close().end();
    }

    private void flags(ResponseLine line, MessageRecord record) {
        line.open();
        for (String name : record.flags().names()) {
            line.atom(name);
        }
        if (recent.isRecent(record.uid())) {
            line.atom("\\Recent");
        }
        line.close();
    }

    /** A decoded part: a literal8 when it holds NUL, else a plain literal; NIL when the part does not exist. */
    private static void binary(ResponseLine line, Source source, BinaryContent content) throws IOException {
        if (content == null) {
            line.nil();
        } else if (!content.hasNul()) {
            try (InputStream in = content.open(source.channel())) {
                line.literal(in, content.length());
            }
        } else {
            try (InputStream in = content.open(source.channel())) {
                line.literal8(in, content.length());
            }
        }
    }

    private static void content(ResponseLine line, Source source, SectionContent content) throws IOException {
        if (content == null) {
            line.nil();
        } else if (content.pieces().size() == 1 && content.pieces().get(0) instanceof SectionContent.FileRegion r) {
            line.literal(source.path(), r.offset(), r.length());
        } else {
            try (PieceInputStream in = new PieceInputStream(source.channel(), content)) {
                line.literal(in, content.length());
            }
        }
    }
}
