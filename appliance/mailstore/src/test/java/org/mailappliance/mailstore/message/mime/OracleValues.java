package org.mailappliance.mailstore.message.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * oracle.py's {@code parse} and {@code to_json}, ported: IMAP response text to nested lists of strings, numbers
 * and nulls, so a rendered value compares with expected.json exactly as the oracle compares servers.
 */
final class OracleValues {
    private OracleValues() {
    }

    /** The first value in {@code data} (one char per byte), converted as to_json does. */
    static Object parseFirst(String data) {
        byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
        List<Object> out = new ArrayList<>();
        List<List<Object>> stack = new ArrayList<>();
        stack.add(out);
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            char c = (char) (bytes[i] & 0xFF);
            List<Object> top = stack.get(stack.size() - 1);
            if (c == ' ' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '(') {
                List<Object> l = new ArrayList<>();
                top.add(l);
                stack.add(l);
                i++;
            } else if (c == ')') {
                if (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                }
                i++;
            } else if (c == '"') {
                i++;
                var buf = new java.io.ByteArrayOutputStream();
                while (i < n && bytes[i] != '"') {
                    if (bytes[i] == '\\') {
                        i++;
                    }
                    buf.write(bytes[i]);
                    i++;
                }
                i++;
                top.add(json(buf.toByteArray()));
            } else if (c == '{') {
                int j = indexOf(bytes, (byte) '}', i);
                int size = Integer.parseInt(new String(bytes, i + 1, j - i - 1, StandardCharsets.US_ASCII).replace("+", ""));
                int k = indexOf(bytes, (byte) '\n', j) + 1;
                byte[] lit = new byte[size];
                System.arraycopy(bytes, k, lit, 0, size);
                top.add(json(lit));
                i = k + size;
            } else {
                int j = i;
                int depth = 0;
                while (j < n) {
                    char ch = (char) (bytes[j] & 0xFF);
                    if (ch == '[') {
                        depth++;
                    } else if (ch == ']') {
                        depth--;
                    } else if (depth == 0 && (ch == ' ' || ch == '(' || ch == ')' || ch == '\r' || ch == '\n')) {
                        break;
                    }
                    j++;
                }
                String atom = new String(bytes, i, j - i, StandardCharsets.ISO_8859_1);
                if (atom.toUpperCase(Locale.ROOT).equals("NIL")) {
                    top.add(null);
                } else if (!atom.isEmpty() && atom.chars().allMatch(Character::isDigit)) {
                    top.add(Long.parseLong(atom));
                } else {
                    top.add(atom);
                }
                i = j;
            }
        }
        return out.get(0);
    }

    private static int indexOf(byte[] b, byte wanted, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static Object json(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Map.of("base64", Base64.getEncoder().encodeToString(bytes));
        }
    }
}
