package org.mailappliance.imap.search;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * A raw header value (one char per octet) as searchable Unicode, decoded the way the index decodes its sort fields
 * (so a key gives the same answer from the index and from the file): folding line breaks removed, raw 8-bit text
 * taken as UTF-8 when it is valid UTF-8, then RFC 2047 encoded words.
 */
final class HeaderDecoder {
    private HeaderDecoder() {
    }

    static String decode(String raw) {
        StringBuilder unfolded = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\r' && c != '\n') {
                unfolded.append(c);
            }
        }
        return DecoderUtil.decodeEncodedWords(utf8IfValid(unfolded.toString().strip()), DecodeMonitor.SILENT);
    }

    private static String utf8IfValid(String raw) {
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
