package org.mailappliance.connector.ra.netty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.ProtocolListener;

/** A listener for tests: echoes frames and has a few commands that exercise the Connection. */
final class EchoListener implements ProtocolListener {

    final List<String> events = new CopyOnWriteArrayList<>();
    final AtomicInteger overlapping = new AtomicInteger();
    final AtomicInteger maxOverlap = new AtomicInteger();
    final ConcurrentHashMap<Long, AtomicInteger> inCall = new ConcurrentHashMap<>();
    volatile Path file;

    @Override
    public void connected(Connection c) {
        enter(c);
        try {
            events.add("connected " + c.id());
            c.write("* OK hello" + (c.secure() ? " secure" : "") + "\r\n");
            c.flush();
        } finally {
            leave(c);
        }
    }

    @Override
    public void received(Connection c, Frame frame) {
        enter(c);
        try {
            handle(c, frame);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            leave(c);
        }
    }

    private void handle(Connection c, Frame frame) throws IOException, InterruptedException {
        String line = frame.firstLine();
        events.add("received " + c.id() + " " + line);
        if (frame.violation() != null) {
            c.write("VIOLATION " + frame.violation() + "\r\n");
        } else if (frame.literals().size() == 1 && frame.lines().get(0).length == 0) {
            c.write("DATA " + new String(frame.literals().get(0).bytes(1 << 20), StandardCharsets.UTF_8)
                    .replace("\r\n", "|") + "\r\n");
            c.nextFrame(FrameMode.LINE);
        } else if (line.equals("STARTTLS")) {
            c.write("OK begin TLS\r\n");
            c.startTls();
        } else if (line.equals("COMPRESS")) {
            c.write("OK deflate\r\n");
            c.startCompression();
        } else if (line.equals("DATA")) {
            c.write("354 go\r\n");
            c.nextFrame(FrameMode.DOT);
        } else if (line.equals("IMAP")) {
            c.write("OK imap\r\n");
            c.nextFrame(FrameMode.IMAP);
        } else if (line.startsWith("PAUSE ")) {
            c.write("PAUSED\r\n");
            c.pause(java.time.Duration.ofMillis(Long.parseLong(line.substring(6))));
            c.flush();
        } else if (line.startsWith("SLEEP ")) {
            Thread.sleep(Long.parseLong(line.substring(6)));
            c.write("SLEPT\r\n");
        } else if (line.startsWith("BIG ")) {
            long size = Long.parseLong(line.substring(4));
            c.write("BIG " + size + "\r\n");
            c.writeStream(new Repeating(size), size);
            c.write("\r\nEND\r\n");
        } else if (line.equals("FILE")) {
            c.write("FILE\r\n");
            c.writeFile(file, 0, java.nio.file.Files.size(file));
            c.write("\r\nEND\r\n");
        } else if (line.equals("SECURE?")) {
            c.write((c.secure() ? "SECURE " + c.tlsSession().orElseThrow().getProtocol() : "PLAIN") + "\r\n");
        } else if (line.equals("QUIT")) {
            c.write("BYE\r\n");
            c.close();
            return;
        } else {
            StringBuilder reply = new StringBuilder("ECHO ").append(line);
            for (int i = 0; i < frame.literals().size(); i++) {
                reply.append(" [").append(frame.literals().get(i).size()).append(']');
            }
            c.write(reply.append("\r\n"));
        }
        c.flush();
    }

    @Override
    public void timedOut(Connection c) {
        events.add("timedOut " + c.id());
        c.write("* BYE idle\r\n");
        c.flush();
    }

    @Override
    public void refused(Connection c, String reason) {
        events.add("refused " + c.id());
        c.write("REFUSED " + reason + "\r\n");
        c.flush();
    }

    @Override
    public void disconnected(Connection c) {
        enter(c);
        events.add("disconnected " + c.id());
        leave(c);
    }

    long count(String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).count();
    }

    private void enter(Connection c) {
        int now = inCall.computeIfAbsent(c.id(), id -> new AtomicInteger()).incrementAndGet();
        maxOverlap.accumulateAndGet(now, Math::max);
    }

    private void leave(Connection c) {
        inCall.get(c.id()).decrementAndGet();
    }

    /** {@code size} octets of a repeating pattern, never held in memory at once. */
    static final class Repeating extends InputStream {
        private long left;

        Repeating(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 'a' + (int) (left % 26) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ('a' + (int) (--left % 26));
            }
            return n;
        }
    }
}
