package org.mailappliance.imap.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Modified UTF-7 for mailbox names (RFC 3501 §5.1.3): printable US-ASCII stands for itself except "&amp;", which is
 * written "&amp;-"; anything else is UTF-16 in modified BASE64 (',' instead of '/', no padding) between "&amp;" and
 * "-". Decoding is strict, because two spellings of one name would let a client create look-alike mailboxes.
 */
public final class ModifiedUtf7 {
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,".toCharArray();
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            VALUES[ALPHABET[i]] = i;
        }
    }

    private ModifiedUtf7() {
    }

    /** Encodes a Unicode mailbox name for the wire. */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '&') {
                out.append("&-");
                i++;
            } else if (c >= 0x20 && c <= 0x7e) {
                out.append(c);
                i++;
            } else {
                int start = i;
                while (i < name.length() && (name.charAt(i) < 0x20 || name.charAt(i) > 0x7e)) {
                    i++;
                }
                out.append('&');
                appendBase64(out, name.substring(start, i).getBytes(StandardCharsets.UTF_16BE));
                out.append('-');
            }
        }
        return out.toString();
    }

    private static void appendBase64(StringBuilder out, byte[] bytes) {
        int bits = 0;
        int count = 0;
        for (byte b : bytes) {
            bits = (bits << 8) | (b & 0xff);
            count += 8;
            while (count >= 6) {
                count -= 6;
                out.append(ALPHABET[(bits >> count) & 0x3f]);
            }
        }
        if (count > 0) {
            out.append(ALPHABET[(bits << (6 - count)) & 0x3f]);
        }
    }

    /** Decodes a wire mailbox name; throws when it is not valid modified UTF-7. */
    public static String decode(String wire) throws ParseException {
        StringBuilder out = new StringBuilder(wire.length());
        int i = 0;
        boolean previousWasShift = false;
        while (i < wire.length()) {
            char c = wire.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw invalid("it contains a character that must be encoded");
            }
            if (c != '&') {
                out.append(c);
                i++;
                previousWasShift = false;
                continue;
            }
            int end = wire.indexOf('-', i + 1);
            if (end < 0) {
                throw invalid("an '&' sequence is not terminated by '-'");
            }
            if (end == i + 1) {
                out.append('&');
                previousWasShift = false;
            } else {
                if (previousWasShift) {
                    throw invalid("two encoded sequences are adjacent");
                }
                out.append(decodeShifted(wire.substring(i + 1, end)));
                previousWasShift = true;
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String decodeShifted(String b64) throws ParseException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int bits = 0;
        int count = 0;
        for (int i = 0; i < b64.length(); i++) {
            char c = b64.charAt(i);
            int v = c < 128 ? VALUES[c] : -1;
            if (v < 0) {
                throw invalid("it contains a character that is not modified BASE64");
            }
            bits = (bits << 6) | v;
            count += 6;
            if (count >= 8) {
                count -= 8;
                bytes.write((bits >> count) & 0xff);
            }
        }
        if (count >= 6 || (bits & ((1 << count) - 1)) != 0) {
            throw invalid("an encoded sequence has leftover bits");
        }
        byte[] utf16 = bytes.toByteArray();
        if (utf16.length % 2 != 0) {
            throw invalid("an encoded sequence is not whole UTF-16");
        }
        String text;
        try {
            text = StandardCharsets.UTF_16BE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf16)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("an encoded sequence is not valid UTF-16");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                throw invalid("printable ASCII is encoded");
            }
        }
        return text;
    }

    private static ParseException invalid(String why) {
        return new ParseException("Mailbox name is not valid modified UTF-7: " + why);
    }
}
