package org.mailappliance.imap.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.MemoryLiteral;

/**
 * Cuts client octets into IMAP frames the way the resource adapter does: a line ending in a literal marker
 * ({@code {n}}, {@code {n+}}, {@code ~{n}}) is followed by n octets and the rest of the command.
 */
public final class ClientFramer {
    private static final Pattern MARKER = Pattern.compile("(~?)\\{(\\d+)\\+?\\}$");

    private byte[] input = new byte[0];
    private int pos;

    public void feed(byte[] octets) {
        byte[] rest = Arrays.copyOfRange(input, pos, input.length);
        input = new byte[rest.length + octets.length];
        System.arraycopy(rest, 0, input, 0, rest.length);
        System.arraycopy(octets, 0, input, rest.length, octets.length);
        pos = 0;
    }

    /** Whether buffered octets remain that do not make a whole frame yet. */
    public boolean hasPartialInput() {
        return pos < input.length;
    }

    /** The next complete frame, or null when more input is needed. */
    public Frame next() {
        int p = pos;
        List<byte[]> lines = new ArrayList<>();
        List<MemoryLiteral> literals = new ArrayList<>();
        while (true) {
            int eol = indexOfCrlf(p);
            if (eol < 0) {
                return null;
            }
            byte[] line = Arrays.copyOfRange(input, p, eol);
            lines.add(line);
            p = eol + 2;
            Matcher m = MARKER.matcher(new String(line, StandardCharsets.ISO_8859_1));
            if (!m.find()) {
                pos = p;
                return new Frame(lines, List.copyOf(literals), null);
            }
            int size = Integer.parseInt(m.group(2));
            if (p + size > input.length) {
                return null;
            }
            literals.add(new MemoryLiteral(Arrays.copyOfRange(input, p, p + size), !m.group(1).isEmpty()));
            p += size;
        }
    }

    private int indexOfCrlf(int from) {
        for (int i = from; i + 1 < input.length; i++) {
            if (input[i] == '\r' && input[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Frames a complete command given as text lines (CRLF added after each). */
    public static Frame frame(String... lines) {
        ClientFramer framer = new ClientFramer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String l : lines) {
            out.writeBytes((l + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        framer.feed(out.toByteArray());
        Frame f = framer.next();
        if (f == null || framer.hasPartialInput()) {
            throw new IllegalArgumentException("not exactly one command: " + Arrays.toString(lines));
        }
        return f;
    }
}
