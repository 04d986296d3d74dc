package org.mailappliance.imap.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses IMAP response data into the value model of the conformance oracle (oracle.py {@code parse}): lists,
 * strings (quoted and literal alike, as octets), NIL as null, numbers as Long, other atoms as String. An atom
 * runs to a blank or parenthesis outside brackets, so {@code BODY[HEADER.FIELDS (A B)]} is one atom.
 */
final class ImapValues {
    private ImapValues() {
    }

    /** An IMAP string's octets (distinct from an atom, which is a java String). */
    record Octets(byte[] bytes) {
        String utf8() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<Object> parse(byte[] data) {
        List<Object> out = new ArrayList<>();
        Deque<List<Object>> stack = new ArrayDeque<>();
        stack.push(out);
        int i = 0;
        int n = data.length;
        while (i < n) {
            byte c = data[i];
            if (c == ' ' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '(') {
                List<Object> list = new ArrayList<>();
                stack.peek().add(list);
                stack.push(list);
                i++;
            } else if (c == ')') {
                if (stack.size() > 1) {
                    stack.pop();
                }
                i++;
            } else if (c == '"') {
                i++;
                java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
                while (i < n && data[i] != '"') {
                    if (data[i] == '\\') {
                        i++;
                    }
                    buf.write(data[i]);
                    i++;
                }
                i++;
                stack.peek().add(new Octets(buf.toByteArray()));
            } else if (c == '{') {
                int close = indexOf(data, (byte) '}', i);
                int size = Integer.parseInt(new String(data, i + 1, close - i - 1, StandardCharsets.US_ASCII)
                        .replace("+", ""));
                int start = indexOf(data, (byte) '\n', close) + 1;
                byte[] lit = new byte[size];
                System.arraycopy(data, start, lit, 0, size);
                stack.peek().add(new Octets(lit));
                i = start + size;
            } else {
                int j = i;
                int depth = 0;
                while (j < n) {
                    byte ch = data[j];
                    if (ch == '[') {
                        depth++;
                    } else if (ch == ']') {
                        depth--;
                    } else if (depth == 0 && (ch == ' ' || ch == '(' || ch == ')' || ch == '\r' || ch == '\n')) {
                        break;
                    }
                    j++;
                }
                String atom = new String(data, i, j - i, StandardCharsets.ISO_8859_1);
                if (atom.equalsIgnoreCase("NIL")) {
                    stack.peek().add(null);
                } else if (!atom.isEmpty() && atom.chars().allMatch(Character::isDigit)) {
                    stack.peek().add(Long.parseLong(atom));
                } else {
                    stack.peek().add(atom);
                }
                i = j;
            }
        }
        return out;
    }

    private static int indexOf(byte[] data, byte b, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated literal marker");
    }

    /** Splits a server answer into its response lines, keeping literals inside their line. */
    static List<byte[]> responses(byte[] data) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < data.length) {
            if (data[i] == '{') {
                int close = indexOf(data, (byte) '}', i);
                if (close + 2 < data.length && data[close + 1] == '\r' && data[close + 2] == '\n') {
                    String digits = new String(data, i + 1, close - i - 1, StandardCharsets.US_ASCII).replace("+", "");
                    if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                        i = close + 3 + Integer.parseInt(digits);
                        continue;
                    }
                }
                i++;
            } else if (data[i] == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(data, start, line, 0, line.length);
                out.add(line);
                i += 2;
                start = i;
            } else {
                i++;
            }
        }
        return out;
    }
}
