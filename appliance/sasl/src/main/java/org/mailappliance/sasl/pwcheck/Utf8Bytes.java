package org.mailappliance.sasl.pwcheck;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A password as UTF-8 octets without an intermediate String (so it can be wiped). */
final class Utf8Bytes {
    private Utf8Bytes() {
    }

    static byte[] of(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return out;
    }
}
