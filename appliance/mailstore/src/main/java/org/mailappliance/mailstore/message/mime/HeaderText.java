package org.mailappliance.mailstore.message.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/** Turns raw header text (one char per byte) into Unicode: raw 8-bit as UTF-8 when it is valid UTF-8, then RFC 2047. */
final class HeaderText {
    private HeaderText() {
    }

    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        return DecoderUtil.decodeEncodedWords(fromBytes(raw), DecodeMonitor.SILENT);
    }

    /** Raw 8-bit header octets as UTF-8 when they are valid UTF-8, else unchanged. */
    static String fromBytes(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }
}
