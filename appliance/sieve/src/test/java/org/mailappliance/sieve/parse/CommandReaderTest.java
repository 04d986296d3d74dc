package org.mailappliance.sieve.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.sieve.testing.SieveFramer;

class CommandReaderTest {

    private static Frame frame(String octets) {
        SieveFramer framer = new SieveFramer();
        framer.feed(octets.getBytes(StandardCharsets.UTF_8));
        Frame f = framer.next();
        assertThat(framer.hasPartialInput()).isFalse();
        return f;
    }

    @Test
    void atomQuotedStringsLiteralsAndNumbers() throws Exception {
        Command c = CommandReader.read(frame("putScript \"a \\\"b\\\" \\\\\" {6+}\r\nkeep;\n 12\r\n"), 100);
        assertThat(c.name()).isEqualTo("PUTSCRIPT");
        assertThat(c.arguments()).containsExactly(new Argument.Str("a \"b\" \\", 7), new Argument.Str("keep;\n", 6),
                new Argument.Num(12));
    }

    @Test
    void literalsBeyondTheLimitAreNotLoaded() throws Exception {
        Command c = CommandReader.read(frame("CHECKSCRIPT {11}\r\nkeep; keep;\r\n"), 10);
        Argument.Str s = (Argument.Str) c.argument(0);
        assertThat(s.loaded()).isFalse();
        assertThat(s.octets()).isEqualTo(11);
    }

    @Test
    void utf8IsDecodedAndInvalidUtf8Refused() throws Exception {
        assertThat(CommandReader.read(frame("NOOP \"ünï\"\r\n"), 10).argument(0))
                .isEqualTo(new Argument.Str("ünï", 5));
        Frame bad = new Frame(java.util.List.of(new byte[] {'N', 'O', 'O', 'P', ' ', '"', (byte) 0xff, '"'}),
                java.util.List.of(), null);
        assertThatThrownBy(() -> CommandReader.read(bad, 10)).hasMessage("String is not valid UTF-8");
    }

    @Test
    void saslResponsesAreBareStrings() throws Exception {
        assertThat(CommandReader.arguments(frame("\"abc=\"\r\n"), 10)).containsExactly(new Argument.Str("abc=", 4));
        assertThat(CommandReader.arguments(frame("{4+}\r\nabc=\r\n"), 10)).containsExactly(new Argument.Str("abc=", 4));
        assertThatThrownBy(() -> CommandReader.arguments(frame("abc\r\n"), 10)).hasMessage("Expected a string");
    }

    @Test
    void malformedInput() {
        assertThatThrownBy(() -> CommandReader.read(frame("NOOP 4294967296\r\n"), 10))
                .hasMessage("Number too large");
        assertThat(catchNumber("NOOP 4294967295")).isEqualTo(4294967295L);
        assertThatThrownBy(() -> CommandReader.read(frame("NO\u00e9OP\r\n"), 10))
                .isInstanceOf(CommandSyntaxException.class);
        assertThatThrownBy(() -> CommandReader.read(frame("NOOP \"a\r\n"), 10))
                .hasMessage("Unterminated quoted string");
    }

    private static long catchNumber(String line) {
        try {
            return ((Argument.Num) CommandReader.read(frame(line + "\r\n"), 10).argument(0)).value();
        } catch (CommandSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
