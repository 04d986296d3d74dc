package org.mailappliance.mailstore.accounts;

import java.text.Normalizer;

/**
 * SASLprep (RFC 4013, the stringprep profile of RFC 3454) for passwords, so that a password typed with a
 * non-breaking space or in a decomposed form derives the same SCRAM keys a standards-following client derives.
 * <p>
 * One deliberate leniency: "unassigned code point" means unassigned in the JDK's Unicode version, not in
 * Unicode 3.2 as RFC 3454 fixes it; otherwise every password with an emoji would be refused.
 */
public final class SaslPrep {
    private SaslPrep() {
    }

    /** Prepares a string for storing; throws IllegalArgumentException naming the rule it breaks. */
    public static String prepareStored(char[] input) {
        StringBuilder mapped = new StringBuilder(input.length);
        for (int i = 0; i < input.length; ) {
            int cp = Character.codePointAt(input, i);
            i += Character.charCount(cp);
            if (isNonAsciiSpace(cp)) {
                mapped.append(' ');
            } else if (!isMappedToNothing(cp)) {
                mapped.appendCodePoint(cp);
            }
        }
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        checkProhibited(normalized);
        checkBidi(normalized);
        return normalized;
    }

    private static void checkProhibited(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isNonAsciiSpace(cp) || isControl(cp) || isPrivateUse(cp) || isNonCharacter(cp)
                    || isSurrogate(cp) || isInappropriate(cp) || isTagging(cp)) {
                throw new IllegalArgumentException(String.format("character U+%04X is not allowed (SASLprep)", cp));
            }
            if (Character.getType(cp) == Character.UNASSIGNED) {
                throw new IllegalArgumentException(String.format("unassigned code point U+%04X (SASLprep)", cp));
            }
        }
    }

    /** RFC 3454 §6: a string with right-to-left characters must not mix in left-to-right ones and must start and end RTL. */
    private static void checkBidi(String s) {
        boolean hasRandAL = false;
        boolean hasL = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            hasRandAL |= isRandAL(cp);
            hasL |= Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        }
        if (!hasRandAL) {
            return;
        }
        if (hasL) {
            throw new IllegalArgumentException("mixes right-to-left and left-to-right characters (SASLprep)");
        }
        if (!isRandAL(s.codePointAt(0)) || !isRandAL(s.codePointBefore(s.length()))) {
            throw new IllegalArgumentException("right-to-left text must start and end with a right-to-left character");
        }
    }

    private static boolean isRandAL(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Table C.1.2. */
    private static boolean isNonAsciiSpace(int cp) {
        return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    /** Table B.1. */
    private static boolean isMappedToNothing(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x1806 || (cp >= 0x180B && cp <= 0x180D)
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
    }

    /** Tables C.2.1 and C.2.2. */
    private static boolean isControl(int cp) {
        return cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F) || cp == 0x06DD || cp == 0x070F || cp == 0x180E
                || cp == 0x200C || cp == 0x200D || cp == 0x2028 || cp == 0x2029 || (cp >= 0x2060 && cp <= 0x2063)
                || (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFC)
                || (cp >= 0x1D173 && cp <= 0x1D17A);
    }

    /** Table C.3. */
    private static boolean isPrivateUse(int cp) {
        return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0xFFFFD) || (cp >= 0x100000 && cp <= 0x10FFFD);
    }

    /** Table C.4. */
    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Table C.5 (an unpaired surrogate in the input). */
    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    /** Tables C.6, C.7 and C.8. */
    private static boolean isInappropriate(int cp) {
        return (cp >= 0xFFF9 && cp <= 0xFFFD) || (cp >= 0x2FF0 && cp <= 0x2FFB) || cp == 0x0340 || cp == 0x0341
                || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E);
    }

    /** Table C.9. */
    private static boolean isTagging(int cp) {
        return cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F);
    }
}
