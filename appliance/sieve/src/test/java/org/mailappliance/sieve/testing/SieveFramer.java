package org.mailappliance.sieve.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.MemoryLiteral;

/**
 * Cuts client octets into frames as the adapter's SIEVE mode does: a line ending in {@code {n+}} or {@code {n}} is
 * followed at once by n octets and the rest of the command.
 */
public final class SieveFramer {
    private static final Pattern MARKER = Pattern.compile("\\{(\\d+)\\+?\\}$");

    private byte[] input = new byte[0];
    private int pos;

    public void feed(byte[] octets) {
        byte[] rest = Arrays.copyOfRange(input, pos, input.length);
        input = new byte[rest.length + octets.length];
        System.arraycopy(rest, 0, input, 0, rest.length);
        System.arraycopy(octets, 0, input, rest.length, octets.length);
        pos = 0;
    }

    public boolean hasPartialInput() {
        return pos < input.length;
    }

    public void clear() {
        input = new byte[0];
        pos = 0;
    }

    /** The next complete frame, or null when more input is needed. */
    public Frame next() {
        int p = pos;
        List<byte[]> lines = new ArrayList<>();
        List<MemoryLiteral> literals = new ArrayList<>();
        while (true) {
            int eol = -1;
            for (int i = p; i + 1 < input.length; i++) {
                if (input[i] == '\r' && input[i + 1] == '\n') {
                    eol = i;
                    break;
                }
            }
            if (eol < 0) {
                return null;
            }
            byte[] line = Arrays.copyOfRange(input, p, eol);
            lines.add(line);
            p = eol + 2;
            Matcher m = MARKER.matcher(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1));
            if (!m.find()) {
                pos = p;
                return new Frame(lines, List.copyOf(literals), null);
            }
            int size = Integer.parseInt(m.group(1));
            if (p + size > input.length) {
                return null;
            }
            literals.add(new MemoryLiteral(Arrays.copyOfRange(input, p, p + size), false));
            p += size;
        }
    }
}
