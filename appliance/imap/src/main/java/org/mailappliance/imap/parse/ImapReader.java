package org.mailappliance.imap.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Literal;

/**
 * A cursor over one IMAP command as framed by the adapter: line pieces with literals between them (line {@code i}
 * ends with the marker of literal {@code i}). Reads the tokens of the IMAP grammar; every read either consumes a
 * well-formed token or throws a {@link ParseException} whose message is the reason for {@code tag BAD}.
 *
 * <p>The {@code what} argument of each read names the argument in error messages ("Missing password").
 * Higher-level arguments (mailbox names, flags, dates, sequence sets) are in {@link Arguments}.
 */
public final class ImapReader {
    private final List<byte[]> lines;
    private final List<Literal> literals;
    private final ParseLimits limits;
    private final boolean utf8;
    private final boolean utf8Accept;
    private int line;
    private int pos;
    private int tokens;
    private int depth;

    /**
     * @param utf8 whether 8-bit UTF-8 is allowed in quoted strings (UTF8=ACCEPT enabled or IMAP4rev2)
     */
    public ImapReader(Frame frame, ParseLimits limits, boolean utf8) {
        this(frame, limits, utf8, utf8);
    }

    /**
     * @param utf8       whether 8-bit UTF-8 is allowed in quoted strings and names (UTF8=ACCEPT or IMAP4rev2)
     * @param utf8Accept whether UTF8=ACCEPT itself is enabled (APPEND UTF8, no SEARCH CHARSET)
     */
    public ImapReader(Frame frame, ParseLimits limits, boolean utf8, boolean utf8Accept) {
        this.lines = frame.lines();
        this.literals = frame.literals();
        this.limits = limits;
        this.utf8 = utf8;
        this.utf8Accept = utf8Accept;
    }

    public ParseLimits limits() {
        return limits;
    }

    // ---- position -------------------------------------------------------------------------------------------

    /** Whether the whole command has been consumed. */
    /**
     * Whether 8-bit UTF-8 is allowed (UTF8=ACCEPT or IMAP4rev2 enabled): mailbox names are then UTF-8, not
     * modified UTF-7.
     */
    public boolean utf8() {
        return utf8;
    }

    /** Whether UTF8=ACCEPT itself is enabled (RFC 6855), not only IMAP4rev2's UTF-8 names. */
    public boolean utf8Accept() {
        return utf8Accept;
    }

    public boolean atEnd() {
        return line == lines.size() - 1 && pos == current().length;
    }

    /** The next octet without consuming it, or -1 at the end of the command. */
    public int peek() {
        byte[] cur = current();
        return pos < cur.length ? cur[pos] & 0xff : -1;
    }

    private byte[] current() {
        return lines.get(line);
    }

    private int next() {
        int b = peek();
        if (b >= 0) {
            pos++;
        }
        return b;
    }

    /** Consumes {@code c} if it is next. */
    public boolean tryChar(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the single SP before an argument; "Missing {what}" when the command ends here. */
    public void space(String what) throws ParseException {
        if (atEnd()) {
            throw new ParseException("Missing " + what);
        }
        if (next() != ' ') {
            throw new ParseException("Expected a single space before " + what);
        }
        if (peek() == ' ') {
            throw new ParseException("Expected a single space before " + what + ", found several");
        }
    }

    /** Consumes an optional SP; true when there was one (then another argument must follow). */
    public boolean trySpace() {
        return tryChar(' ');
    }

    /** Requires the end of the command. */
    public void end() throws ParseException {
        if (!atEnd()) {
            throw new ParseException(peek() == ' ' ? "Unexpected extra arguments" : "Unexpected characters after argument");
        }
    }

    private void countToken() throws ParseException {
        if (++tokens > limits.maxTokens()) {
            throw new ParseException("Too many arguments (at most " + limits.maxTokens() + " tokens)");
        }
    }

    // ---- atoms and numbers ----------------------------------------------------------------------------------

    /** An atom (1*ATOM-CHAR). */
    public String atom(String what) throws ParseException {
        String a = run(what, CharClasses::isAtomChar);
        if (a.isEmpty()) {
            throw missingOrInvalid(what);
        }
        return a;
    }

    /** The tag at the start of a command (1*ASTRING-CHAR except "+"). */
    public String tag() throws ParseException {
        String t = run("tag", CharClasses::isTagChar);
        if (t.isEmpty() || !(atEnd() || peek() == ' ')) {
            throw new ParseException("Invalid tag");
        }
        return t;
    }

    /** Characters of a LIST/LSUB pattern in atom form (list-char, which adds % and *). */
    public String listCharsAtom(String what) throws ParseException {
        String a = run(what, CharClasses::isListChar);
        if (a.isEmpty()) {
            throw missingOrInvalid(what);
        }
        return a;
    }

    private interface OctetClass {
        boolean test(int b);
    }

    private String run(String what, OctetClass cls) throws ParseException {
        int start = pos;
        byte[] cur = current();
        while (pos < cur.length && cls.test(cur[pos] & 0xff)) {
            pos++;
            if (pos - start > limits.maxWord()) {
                throw new ParseException(capitalize(what) + " is too long (at most " + limits.maxWord() + " octets)");
            }
        }
        if (pos > start) {
            countToken();
        }
        return new String(cur, start, pos - start, StandardCharsets.US_ASCII);
    }

    /** Whether the next token is the atom {@code word} (case-insensitive) followed by a delimiter; consumes it if so. */
    public boolean tryKeyword(String word) throws ParseException {
        byte[] cur = current();
        int n = word.length();
        if (pos + n > cur.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.toUpperCase((char) (cur[pos + i] & 0xff)) != Character.toUpperCase(word.charAt(i))) {
                return false;
            }
        }
        if (pos + n < cur.length && CharClasses.isAstringChar(cur[pos + n] & 0xff)) {
            return false;
        }
        pos += n;
        countToken();
        return true;
    }

    /** NIL, consumed if next. */
    public boolean tryNil() throws ParseException {
        return tryKeyword("NIL");
    }

    /** A number: unsigned 32-bit (RFC 3501 {@code number}). */
    public long number(String what) throws ParseException {
        return digits(what, 0xFFFF_FFFFL);
    }

    /** A non-zero unsigned 32-bit number. */
    public long nzNumber(String what) throws ParseException {
        long n = number(what);
        if (n == 0) {
            throw new ParseException(capitalize(what) + " must not be zero");
        }
        return n;
    }

    /** An unsigned 63-bit number (RFC 9051 {@code number64}: MODSEQ, sizes). */
    public long number64(String what) throws ParseException {
        return digits(what, Long.MAX_VALUE);
    }

    private long digits(String what, long max) throws ParseException {
        long value = digitsOnly(what, max);
        if (CharClasses.isAtomChar(peek())) {
            throw new ParseException(capitalize(what) + " must be a number");
        }
        return value;
    }

    /** A run of digits as an unsigned number up to {@code max}, whatever follows (sequence sets go on with : and ,). */
    long digitsOnly(String what, long max) throws ParseException {
        if (!CharClasses.isDigit(peek())) {
            throw missingOrInvalid(what, "a number");
        }
        long value = 0;
        while (CharClasses.isDigit(peek())) {
            int d = next() - '0';
            if (value > (max - d) / 10) {
                throw new ParseException(capitalize(what) + " is out of range");
            }
            value = value * 10 + d;
        }
        countToken();
        return value;
    }

    // ---- strings --------------------------------------------------------------------------------------------

    /** Whether a quoted string or literal starts here. */
    public boolean atString() {
        int b = peek();
        return b == '"' || b == '{' || b == '~';
    }

    /** A string (quoted or literal) as octets; literals larger than maxquoted are refused. */
    public byte[] stringBytes(String what) throws ParseException {
        int b = peek();
        if (b == '"') {
            return quoted(what);
        }
        if (b == '{' || b == '~') {
            Literal lit = literal(what, false);
            return literalBytes(lit, what);
        }
        throw missingOrInvalid(what, "a string");
    }

    /** A string decoded as UTF-8. */
    public String string(String what) throws ParseException {
        return utf8(stringBytes(what), what);
    }

    /** An astring: atom form (ASTRING-CHARs) or string. */
    public String astring(String what) throws ParseException {
        if (atString()) {
            return string(what);
        }
        String a = run(what, CharClasses::isAstringChar);
        if (a.isEmpty()) {
            throw missingOrInvalid(what);
        }
        return a;
    }

    /** An nstring: a string or NIL (null). */
    public String nstring(String what) throws ParseException {
        if (tryNil()) {
            return null;
        }
        return string(what);
    }

    /**
     * A literal ({@code {n}}, {@code {n+}}, or {@code ~{n}} when {@code allowBinary}) handed over as the adapter's
     * {@link Literal}, never copied: for message bodies (APPEND). Valid only during the current listener call.
     */
    public Literal literal(String what, boolean allowBinary) throws ParseException {
        boolean binary = tryChar('~');
        if (binary && !allowBinary) {
            throw new ParseException("Binary literal (~{n}) is not allowed for " + what);
        }
        if (!tryChar('{')) {
            throw missingOrInvalid(what, "a literal");
        }
        long size = 0;
        int digits = 0;
        while (CharClasses.isDigit(peek())) {
            size = size * 10 + (next() - '0');
            if (++digits > 18) {
                throw new ParseException("Literal size for " + what + " is out of range");
            }
        }
        if (digits == 0) {
            throw new ParseException("Literal size for " + what + " is missing");
        }
        tryChar('+');
        if (!tryChar('}')) {
            throw new ParseException("Literal marker for " + what + " is not closed by '}'");
        }
        if (pos != current().length || line >= literals.size()) {
            throw new ParseException("Literal marker for " + what + " must end the line");
        }
        Literal lit = literals.get(line);
        if (lit.size() != size) {
            throw new IllegalStateException("frame literal has " + lit.size() + " octets, marker says " + size);
        }
        if (lit.binary() != binary) {
            throw new IllegalStateException("frame literal binary flag disagrees with its marker");
        }
        line++;
        pos = 0;
        countToken();
        return lit;
    }

    private byte[] literalBytes(Literal lit, String what) throws ParseException {
        if (lit.size() > limits.maxQuoted()) {
            throw new ParseException(capitalize(what) + " is too long (at most " + limits.maxQuoted() + " octets)");
        }
        byte[] bytes;
        try {
            bytes = lit.bytes(limits.maxQuoted());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read literal", e);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ParseException(capitalize(what) + " contains a NUL octet");
            }
        }
        return bytes;
    }

    private byte[] quoted(String what) throws ParseException {
        next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int b = next();
            if (b < 0) {
                throw new ParseException("Unterminated quoted string for " + what);
            }
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                b = next();
                if (b != '"' && b != '\\') {
                    throw new ParseException("Invalid escape in quoted string for " + what + " (only \\\" and \\\\)");
                }
            } else if (b == '\r' || b == '\n' || b == 0) {
                throw new ParseException("Quoted string for " + what + " contains CR, LF or NUL; use a literal");
            } else if (b >= 0x80 && !utf8) {
                throw new ParseException("Quoted string for " + what + " contains 8-bit characters; use a literal");
            }
            out.write(b);
            if (out.size() > limits.maxQuoted()) {
                throw new ParseException(capitalize(what) + " is too long (at most " + limits.maxQuoted() + " octets)");
            }
        }
        countToken();
        return out.toByteArray();
    }

    static String utf8(byte[] bytes, String what) throws ParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ParseException(capitalize(what) + " is not valid UTF-8");
        }
    }

    // ---- lists ----------------------------------------------------------------------------------------------

    /** Consumes "(" if next, entering a parenthesized list. */
    public boolean tryOpenList() throws ParseException {
        if (peek() != '(') {
            return false;
        }
        pos++;
        if (++depth > limits.maxDepth()) {
            throw new ParseException("Parenthesized lists are nested too deeply (at most " + limits.maxDepth() + ")");
        }
        countToken();
        return true;
    }

    /** Requires "(". */
    public void openList(String what) throws ParseException {
        if (!tryOpenList()) {
            throw missingOrInvalid(what, "a parenthesized list");
        }
    }

    /** Consumes ")" if next, leaving a list. */
    public boolean tryCloseList() {
        if (depth > 0 && peek() == ')') {
            pos++;
            depth--;
            return true;
        }
        return false;
    }

    /** Requires ")". */
    public void closeList(String what) throws ParseException {
        if (!tryCloseList()) {
            throw new ParseException(atEnd() ? "Missing ')' to close " + what : "Expected ')' to close " + what);
        }
    }

    // ---- errors ---------------------------------------------------------------------------------------------

    private ParseException missingOrInvalid(String what) {
        return atEnd() || peek() == -1
                ? new ParseException("Missing " + what)
                : new ParseException("Invalid " + what);
    }

    private ParseException missingOrInvalid(String what, String expected) {
        return atEnd() || peek() == -1
                ? new ParseException("Missing " + what)
                : new ParseException("Invalid " + what + ": expected " + expected);
    }

    static String capitalize(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
