package org.mailappliance.sasl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strict UTF-8 decoding (SASL strings are UTF-8, and a malformed sequence is a malformed message, not U+FFFD), and
 * passwords encoded without leaving copies behind.
 */
public final class Utf8 {
    private Utf8() {
    }

    static Optional<String> decode(byte[] bytes, int from, int to) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static Optional<String> decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** A password as UTF-8 octets without an intermediate String, and the encoder's buffer wiped: wipe the result. */
    public static byte[] encode(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] out = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return out;
    }
}
