package org.mailappliance.imap.parse;

/** The character classes of the IMAP grammar (RFC 3501 §9, RFC 9051 §9), on octets. */
final class CharClasses {
    private CharClasses() {
    }

    static boolean isCtl(int b) {
        return b < 0x20 || b == 0x7f;
    }

    /** ATOM-CHAR: any 7-bit CHAR except atom-specials ( ( ) { SP CTL % * " \ ] ). */
    static boolean isAtomChar(int b) {
        if (b <= 0 || b >= 0x80 || isCtl(b)) {
            return false;
        }
        return switch (b) {
            case '(', ')', '{', ' ', '%', '*', '"', '\\', ']' -> false;
            default -> true;
        };
    }

    /** ASTRING-CHAR: ATOM-CHAR or resp-specials ( ] ). */
    static boolean isAstringChar(int b) {
        return isAtomChar(b) || b == ']';
    }

    /** A character of a tag: ASTRING-CHAR except "+". */
    static boolean isTagChar(int b) {
        return isAstringChar(b) && b != '+';
    }

    /** list-char: ATOM-CHAR or list-wildcards or resp-specials (LIST/LSUB patterns). */
    static boolean isListChar(int b) {
        return isAstringChar(b) || b == '%' || b == '*';
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
