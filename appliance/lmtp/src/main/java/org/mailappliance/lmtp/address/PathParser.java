package org.mailappliance.lmtp.address;

/**
 * Parses the RFC 5321 §4.1.2 {@code Path} at the start of a MAIL FROM / RCPT TO argument:
 *
 * <pre>
 * Path           = "&lt;" [ A-d-l ":" ] Mailbox "&gt;"
 * A-d-l          = At-domain *( "," At-domain )      ; source route: parsed and ignored (RFC 5321 §4.1.1.3)
 * Mailbox        = Local-part [ "@" ( Domain / address-literal ) ]   ; the domain is optional here, as in Cyrus
 * Local-part     = Dot-string / Quoted-string
 * </pre>
 *
 * <p>Only ASCII is accepted: SMTPUTF8 is not advertised, and Cyrus's default {@code lmtp_strict_rfc2821} rejects
 * 8-bit local parts too.
 */
public final class PathParser {
    /** RFC 5321 §4.5.3.1: local part at most 64 octets, path at most 256. */
    static final int MAX_LOCAL_PART = 64;
    static final int MAX_PATH = 256;

    private final String s;
    private int pos;

    private PathParser(String s, int start) {
        this.s = s;
        this.pos = start;
    }

    /** The parsed path and the index just after its closing bracket. */
    public record Parsed(MailPath path, int end) {
    }

    /**
     * Parses a path starting at {@code start}.
     *
     * @param allowNull whether {@code <>} is acceptable (reverse-path of MAIL, not RCPT)
     */
    public static Parsed parse(String text, int start, boolean allowNull) throws SyntaxException {
        PathParser p = new PathParser(text, start);
        MailPath path = p.path(allowNull);
        if (p.pos - start > MAX_PATH) {
            throw new SyntaxException("path longer than " + MAX_PATH + " characters");
        }
        return new Parsed(path, p.pos);
    }

    /** Parses text that must be exactly one path (tests, AUTH= values). */
    public static MailPath parseWhole(String text, boolean allowNull) throws SyntaxException {
        Parsed parsed = parse(text, 0, allowNull);
        if (parsed.end() != text.length()) {
            throw new SyntaxException("unexpected text after the path at " + parsed.end());
        }
        return parsed.path();
    }

    private MailPath path(boolean allowNull) throws SyntaxException {
        expect('<');
        if (peek() == '>') {
            pos++;
            if (!allowNull) {
                throw new SyntaxException("the null path <> is not allowed here");
            }
            return MailPath.NULL;
        }
        if (peek() == '@') {
            sourceRoute();
        }
        String local = peek() == '"' ? quotedString() : dotString();
        if (local.length() > MAX_LOCAL_PART) {
            throw new SyntaxException("local part longer than " + MAX_LOCAL_PART + " characters");
        }
        String domain = null;
        if (peek() == '@') {
            pos++;
            domain = peek() == '[' ? addressLiteral() : domain();
        }
        expect('>');
        return new MailPath(local, domain);
    }

    private void sourceRoute() throws SyntaxException {
        do {
            expect('@');
            domain();
        } while (accept(','));
        expect(':');
    }

    private String dotString() throws SyntaxException {
        int start = pos;
        while (pos < s.length() && (DotString.atext(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        String local = s.substring(start, pos);
        if (!DotString.isDotString(local)) {
            throw new SyntaxException(local.isEmpty() ? "local part expected at " + start
                    : "local part '" + local + "' is not a dot-string");
        }
        return local;
    }

    private String quotedString() throws SyntaxException {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new SyntaxException("unterminated quoted local part");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (pos >= s.length() || s.charAt(pos) < 32 || s.charAt(pos) > 126) {
                    throw new SyntaxException("bad quoted-pair at " + (pos - 1));
                }
                b.append(s.charAt(pos++));
            } else if (DotString.qtext(c)) {
                b.append(c);
            } else {
                throw new SyntaxException("character not allowed in a quoted local part at " + (pos - 1));
            }
        }
        if (b.length() == 0) {
            throw new SyntaxException("empty quoted local part");
        }
        return b.toString();
    }

    /** Domain = sub-domain *("." sub-domain); sub-domain = Let-dig [Ldh-str]. */
    private String domain() throws SyntaxException {
        int start = pos;
        while (true) {
            int label = pos;
            while (pos < s.length() && (letDig(s.charAt(pos)) || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos == label || s.charAt(label) == '-' || s.charAt(pos - 1) == '-') {
                throw new SyntaxException("bad domain label at " + label);
            }
            if (!accept('.')) {
                break;
            }
        }
        return s.substring(start, pos);
    }

    /** address-literal = "[" ( IPv4 / "IPv6:" IPv6 / tag ":" dcontent ) "]": checked for its characters only. */
    private String addressLiteral() throws SyntaxException {
        int start = pos;
        expect('[');
        int content = pos;
        while (pos < s.length() && s.charAt(pos) >= 33 && s.charAt(pos) <= 126 && s.charAt(pos) != '['
                && s.charAt(pos) != ']' && s.charAt(pos) != '\\') {
            pos++;
        }
        if (pos == content) {
            throw new SyntaxException("empty address literal");
        }
        expect(']');
        return s.substring(start, pos);
    }

    private static boolean letDig(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean accept(char c) {
        if (peek() == c && pos < s.length()) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws SyntaxException {
        if (!accept(c)) {
            throw new SyntaxException("'" + c + "' expected at " + pos);
        }
    }
}
