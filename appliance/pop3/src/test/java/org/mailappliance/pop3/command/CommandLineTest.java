package org.mailappliance.pop3.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void keywordIsUpperCasedAndArgumentLosesLeadingBlanks() {
        assertThat(CommandLine.parse("retr   12")).isEqualTo(new CommandLine("RETR", "12"));
        assertThat(CommandLine.parse("STAT")).isEqualTo(new CommandLine("STAT", null));
        assertThat(CommandLine.parse("LIST\t3")).isEqualTo(new CommandLine("LIST", "3"));
    }

    @Test
    void passwordKeepsLeadingAndTrailingBlanks() {
        assertThat(CommandLine.parse("PASS  se cret ").argument()).isEqualTo(" se cret ");
    }

    @Test
    void keywordWithOnlyBlanksAfterItHasAnEmptyArgument() {
        assertThat(CommandLine.parse("USER   ").emptyArgument()).isTrue();
        assertThat(CommandLine.parse("USER").emptyArgument()).isFalse();
        assertThat(CommandLine.parse("PASS ").emptyArgument()).isTrue();
    }

    @Test
    void numbersAreUnsigned32Bit() {
        assertThat(Numbers.parse("4294967295", 0)).isEqualTo(new Numbers.Parsed(4294967295L, 10));
        assertThat(Numbers.parse("4294967296", 0)).isNull();
        assertThat(Numbers.parse("12ab", 0)).isEqualTo(new Numbers.Parsed(12, 2));
        assertThat(Numbers.parse("+1", 0)).isNull();
        assertThat(Numbers.parse("", 0)).isNull();
    }
}
