package org.mailappliance.lmtp.address;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** RFC 3461 §4 xtext, used by the MAIL {@code AUTH=} parameter (RFC 4954 §5). */
public final class Xtext {
    private Xtext() {
    }

    /** Decodes {@code +XX} hex escapes (upper-case hex, as the RFC requires). */
    public static String decode(String xtext) throws SyntaxException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xtext.length());
        for (int i = 0; i < xtext.length(); i++) {
            char c = xtext.charAt(i);
            if (c == '+') {
                if (i + 2 >= xtext.length()) {
                    throw new SyntaxException("truncated xtext escape");
                }
                int hi = hex(xtext.charAt(i + 1));
                int lo = hex(xtext.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    throw new SyntaxException("bad xtext escape at " + i);
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c >= 33 && c <= 126 && c != '=') {
                out.write(c);
            } else {
                throw new SyntaxException("character not allowed in xtext at " + i);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
