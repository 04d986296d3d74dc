package org.mailappliance.mailstore.message.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict RFC 2047 decoding for sort keys: only well-formed encoded words (no white space or "?" in the encoded
 * text, a charset Java knows) are decoded; anything else stays as written, as Cyrus and Dovecot leave it when they
 * sort. White space between two adjacent encoded words is dropped (RFC 2047 §6.2). Mime4j's decoder, which SEARCH
 * uses, is more lenient: it would decode {@code =?UTF-8?Q?a b ?=} across the blank.
 */
final class EncodedWords {
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s*]+)(?:\\*[^?\\s]*)?\\?([BbQq])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    /** Raw header text (one char per octet) to Unicode: raw 8-bit as UTF-8 when valid, then strict RFC 2047. */
    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String text = HeaderText.fromBytes(raw);
        if (!text.contains("=?")) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean previousWasWord = false;
        while (m.find()) {
            String decoded = decodeWord(m.group(1), m.group(2), m.group(3));
            String between = text.substring(last, m.start());
            if (decoded == null) {
                out.append(between).append(m.group());
                previousWasWord = false;
            } else {
                if (!(previousWasWord && between.isBlank())) {
                    out.append(between);
                }
                out.append(decoded);
                previousWasWord = true;
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String decodeWord(String charsetName, String encoding, String text) {
        Charset charset;
        try {
            charset = Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        byte[] bytes;
        if (encoding.equalsIgnoreCase("B")) {
            try {
                bytes = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        } else {
            bytes = quoted(text);
            if (bytes == null) {
                return null;
            }
        }
        return new String(bytes, charset);
    }

    /** The Q encoding: "_" is a space, "=XX" an octet. */
    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c > 0xff ? '?' : c);
            }
        }
        return out.toByteArray();
    }
}
