package org.mailappliance.sasl;

import java.text.Normalizer;
import java.util.Optional;

/**
 * SASLprep (RFC 4013) for stored-string queries: non-ASCII spaces become SPACE, "commonly mapped to nothing"
 * characters go, NFKC, then prohibited characters make the string invalid. The bidirectional-text rule (RFC 3454
 * §6) is not checked; names with right-to-left text are not expected in mail logins.
 */
public final class SaslPrep {
    private SaslPrep() {
    }

    /** The prepared string, or empty when it contains a prohibited character. */
    public static Optional<String> prepare(String s) {
        StringBuilder mapped = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (mappedToNothing(cp)) {
                return;
            }
            mapped.appendCodePoint(nonAsciiSpace(cp) ? ' ' : cp);
        });
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        if (normalized.codePoints().anyMatch(SaslPrep::prohibited)) {
            return Optional.empty();
        }
        return Optional.of(normalized);
    }

    private static boolean mappedToNothing(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x1806 || (cp >= 0x180B && cp <= 0x180D)
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
    }

    private static boolean nonAsciiSpace(int cp) {
        return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    private static boolean prohibited(int cp) {
        if (nonAsciiSpace(cp) || cp < 0x20 || cp == 0x7F) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFFF9 && cp <= 0xFFFD) || (cp >= 0x2FF0 && cp <= 0x2FFB)
                || cp == 0x0340 || cp == 0x0341 || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x206A && cp <= 0x206F)
                || cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F);
    }
}
