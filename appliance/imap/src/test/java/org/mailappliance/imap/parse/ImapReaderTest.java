package org.mailappliance.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.imap.testing.ClientFramer;

class ImapReaderTest {

    private static ImapReader reader(String... lines) {
        return new ImapReader(ClientFramer.frame(lines), ParseLimits.DEFAULT, false);
    }

    private static ImapReader reader(ParseLimits limits, String... lines) {
        return new ImapReader(ClientFramer.frame(lines), limits, false);
    }

    @Test
    void readsTagNameAndAtoms() throws Exception {
        ImapReader r = reader("a001 fetch 1:* (FLAGS)");
        CommandLine line = CommandLine.read(r, new CommandLine.TagHolder());
        assertThat(line.tag()).isEqualTo("a001");
        assertThat(line.name()).isEqualTo("FETCH");
        r.space("sequence set");
        assertThat(Arguments.sequenceSet(r, "sequence set").toString()).isEqualTo("1:*");
        r.space("attributes");
        r.openList("attributes");
        assertThat(r.atom("attribute")).isEqualTo("FLAGS");
        r.closeList("attributes");
        r.end();
    }

    @Test
    void atomStopsAtAtomSpecials() throws Exception {
        ImapReader r = reader("abc]def");
        assertThat(r.atom("x")).isEqualTo("abc");
        assertThat(r.peek()).isEqualTo(']');
    }

    @Test
    void astringAllowsCloseBracketInAtomForm() throws Exception {
        assertThat(reader("abc]def").astring("x")).isEqualTo("abc]def");
    }

    @Test
    void quotedStringWithEscapes() throws Exception {
        assertThat(reader("\"say \\\"hi\\\" \\\\o/\"").string("text")).isEqualTo("say \"hi\" \\o/");
        assertThat(reader("\"\"").astring("text")).isEmpty();
    }

    @Test
    void quotedStringRejectsBadEscapesAndEightBitAndUnterminated() {
        assertThatThrownBy(() -> reader("\"a\\b\"").string("text"))
                .hasMessage("Invalid escape in quoted string for text (only \\\" and \\\\)");
        assertThatThrownBy(() -> reader("\"caf\u00e9\"").string("text"))
                .hasMessage("Quoted string for text contains 8-bit characters; use a literal");
        assertThatThrownBy(() -> reader("\"open").string("text"))
                .hasMessage("Unterminated quoted string for text");
    }

    @Test
    void quotedStringAllowsUtf8WhenEnabled() throws Exception {
        ImapReader r = new ImapReader(ClientFramer.frame("\"caf\u00e9\""), ParseLimits.DEFAULT, true);
        assertThat(r.string("text")).isEqualTo("caf\u00e9");
    }

    @Test
    void quotedStringRejectsNul() {
        assertThatThrownBy(() -> reader("\"a\u0000b\"").string("text"))
                .hasMessage("Quoted string for text contains CR, LF or NUL; use a literal");
    }

    @Test
    void synchronizingAndNonSynchronizingLiterals() throws Exception {
        ImapReader r = reader("{5}", "hello {3+}", "a b");
        assertThat(r.string("first")).isEqualTo("hello");
        r.space("second");
        assertThat(r.astring("second")).isEqualTo("a b");
        r.end();
    }

    @Test
    void literalMayContainCrlfAndEightBit() throws Exception {
        ImapReader r = reader("x {6}", "a\u00e9", "b");
        r.atom("x");
        r.space("s");
        assertThat(r.string("s")).isEqualTo("a\u00e9\r\nb");
    }

    @Test
    void literalIsHandedOverWithoutCopy() throws Exception {
        ImapReader r = reader("APPEND INBOX ~{4}", "a\u0000bc".substring(0, 4));
        r.atom("command");
        r.space("mailbox");
        r.astring("mailbox");
        r.space("message");
        Literal lit = r.literal("message", true);
        assertThat(lit.binary()).isTrue();
        assertThat(lit.size()).isEqualTo(4);
        assertThat(new String(lit.bytes(10), StandardCharsets.UTF_8)).isEqualTo("a\u0000bc");
        r.end();
    }

    @Test
    void binaryLiteralIsNotAString() {
        assertThatThrownBy(() -> reader("~{3}", "abc").string("password"))
                .hasMessage("Binary literal (~{n}) is not allowed for password");
    }

    @Test
    void literalMustEndTheLine() {
        assertThatThrownBy(() -> reader("{3} x").string("name"))
                .hasMessage("Literal marker for name must end the line");
    }

    @Test
    void literalStringWithNulIsRefused() {
        assertThatThrownBy(() -> reader("{3}", "a\u0000b").string("name"))
                .hasMessage("Name contains a NUL octet");
    }

    @Test
    void literalOverMaxQuotedIsRefused() {
        ParseLimits small = new ParseLimits(100, 4, 100, 4);
        assertThatThrownBy(() -> reader(small, "{5}", "hello").string("name"))
                .hasMessage("Name is too long (at most 4 octets)");
    }

    @Test
    void nilAndNstring() throws Exception {
        ImapReader r = reader("NIL \"NIL\" nil");
        assertThat(r.nstring("a")).isNull();
        r.space("b");
        assertThat(r.nstring("b")).isEqualTo("NIL");
        r.space("c");
        assertThat(r.nstring("c")).isNull();
        assertThat(reader("NILS").tryNil()).isFalse();
    }

    @Test
    void nstringRefusesAtoms() {
        assertThatThrownBy(() -> reader("foo").nstring("value")).hasMessage("Invalid value: expected a string");
    }

    @Test
    void numbers() throws Exception {
        assertThat(reader("4294967295").number("n")).isEqualTo(4294967295L);
        assertThat(reader("9223372036854775807").number64("n")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> reader("4294967296").number("size")).hasMessage("Size is out of range");
        assertThatThrownBy(() -> reader("9223372036854775808").number64("modseq"))
                .hasMessage("Modseq is out of range");
        assertThatThrownBy(() -> reader("0").nzNumber("uid")).hasMessage("Uid must not be zero");
        assertThatThrownBy(() -> reader("12abc").number("count")).hasMessage("Count must be a number");
        assertThatThrownBy(() -> reader("abc").number("count")).hasMessage("Invalid count: expected a number");
    }

    @Test
    void spacesAndEnd() throws Exception {
        assertThatThrownBy(() -> reader("a").end()).hasMessage("Unexpected characters after argument");
        ImapReader r = reader("a  b");
        r.atom("x");
        assertThatThrownBy(() -> r.space("y")).hasMessage("Expected a single space before y, found several");
        ImapReader r2 = reader("a");
        r2.atom("x");
        assertThatThrownBy(() -> r2.space("password")).hasMessage("Missing password");
        ImapReader r3 = reader("a b");
        r3.atom("x");
        assertThatThrownBy(r3::end).hasMessage("Unexpected extra arguments");
    }

    @Test
    void nestedLists() throws Exception {
        ImapReader r = reader("(a (b ()) c)");
        r.openList("l");
        assertThat(r.atom("a")).isEqualTo("a");
        r.space("b");
        r.openList("l2");
        r.atom("b");
        r.space("l3");
        r.openList("l3");
        r.closeList("l3");
        r.closeList("l2");
        r.space("c");
        r.atom("c");
        r.closeList("l");
        r.end();
    }

    @Test
    void closeWithoutOpenIsNotConsumed() {
        ImapReader r = reader(")");
        assertThat(r.tryCloseList()).isFalse();
    }

    @Test
    void nestingLimit() {
        ImapReader r = reader(new ParseLimits(100, 2, 100, 100), "(((a)))");
        assertThatThrownBy(() -> {
            while (r.tryOpenList()) {
                // descend
            }
        }).hasMessage("Parenthesized lists are nested too deeply (at most 2)");
    }

    @Test
    void tokenLimit() {
        ImapReader r = reader(new ParseLimits(3, 5, 100, 100), "a b c d");
        assertThatThrownBy(() -> {
            r.atom("x");
            while (r.trySpace()) {
                r.atom("x");
            }
        }).hasMessage("Too many arguments (at most 3 tokens)");
    }

    @Test
    void wordLimit() {
        ImapReader r = reader(new ParseLimits(100, 5, 4, 100), "abcde");
        assertThatThrownBy(() -> r.atom("keyword")).hasMessage("Keyword is too long (at most 4 octets)");
    }

    @Test
    void quotedLimit() {
        ImapReader r = reader(new ParseLimits(100, 5, 100, 3), "\"abcd\"");
        assertThatThrownBy(() -> r.string("name")).hasMessage("Name is too long (at most 3 octets)");
    }

    @Test
    void invalidUtf8InLiteralIsRefused() {
        ImapReader r = new ImapReader(new org.mailappliance.connector.api.Frame(
                java.util.List.of("{2}".getBytes(StandardCharsets.US_ASCII), new byte[0]),
                java.util.List.of(new org.mailappliance.connector.api.testing.MemoryLiteral(new byte[] {(byte) 0xc3, 0x28}, false)),
                null), ParseLimits.DEFAULT, false);
        assertThatThrownBy(() -> r.string("password")).hasMessage("Password is not valid UTF-8");
    }

    @Test
    void tags() throws Exception {
        assertThat(Tags.valid("A0001")).isTrue();
        assertThat(Tags.valid("a]b")).isTrue();
        for (String bad : new String[] {"", "+", "a+", "*", "a b", "a(", "a)", "a{", "a%", "a\"", "a\\", "a\u0001",
                "t\u00e9"}) {
            assertThat(Tags.valid(bad)).as(bad).isFalse();
        }
        assertThat(Tags.leadingTag("x1 APPEND {9}".getBytes(StandardCharsets.US_ASCII))).isEqualTo("x1");
        assertThat(Tags.leadingTag("x+1 APPEND".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Tags.leadingTag(new byte[0])).isNull();
    }

    @Test
    void commandLineErrors() {
        assertThatThrownBy(() -> CommandLine.read(reader(""), new CommandLine.TagHolder()))
                .isInstanceOf(CommandLine.InvalidTag.class).hasMessage("Empty command line");
        assertThatThrownBy(() -> CommandLine.read(reader("a+ NOOP"), new CommandLine.TagHolder()))
                .isInstanceOf(CommandLine.InvalidTag.class).hasMessage("Invalid tag");
        CommandLine.TagHolder holder = new CommandLine.TagHolder();
        assertThatThrownBy(() -> CommandLine.read(reader("a1"), holder)).hasMessage("Missing command name");
        assertThat(holder.tag()).isEqualTo("a1");
        assertThatThrownBy(() -> CommandLine.read(reader("a1 \"NOOP\""), new CommandLine.TagHolder()))
                .hasMessage("Invalid command name");
    }
}
