package org.mailappliance.mailstore.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncLogLineTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "user.fred|user.fred",
            "example.com!user.fred|example.com!user.fred",
            "user.fred.Sent Items|\"user.fred.Sent Items\"",
            "a\tb|\"a\tb\"",
            "a(b)|\"a(b)\"",
            "say \"hi\"|\"say \\\"hi\\\"\"",
            "back\\slash|\"back\\\\slash\"",
            "{5}|\"\\{5\\}\"",
            "x%y*z|x%y*z",
            "Entwürfe|Entwürfe",
    })
    void quotesLikeCyrus(String value, String expected) {
        assertThat(SyncLogLine.quote(value)).isEqualTo(expected);
    }

    @Test
    void emptyIsTwoQuotes() {
        assertThat(SyncLogLine.quote("")).isEqualTo("\"\"");
        assertThat(SyncLogLine.of("ANNOTATION", "").format()).isEqualTo("ANNOTATION \"\"");
    }

    @Test
    void lineBreaksCannotBeLogged() {
        assertThatThrownBy(() -> SyncLogLine.quote("a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line break");
        assertThatThrownBy(() -> SyncLogLine.quote("a\rb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesWhatItFormats() {
        SyncLogLine line = SyncLogLine.of("SEEN", "bob smith", "user.fred.\"q\"{x}\\");
        String text = line.format();

        assertThat(text).isEqualTo("SEEN \"bob smith\" \"user.fred.\\\"q\\\"\\{x\\}\\\\\"");
        assertThat(SyncLogLine.parse(text)).isEqualTo(line);
        assertThat(SyncLogLine.parse("RENAME user.a user.b")).isEqualTo(SyncLogLine.of("RENAME", "user.a", "user.b"));
        assertThat(SyncLogLine.parse("ANNOTATION \"\"")).isEqualTo(SyncLogLine.of("ANNOTATION", ""));
    }

    @Test
    void malformedLinesAreReported() {
        assertThatThrownBy(() -> SyncLogLine.parse("MAILBOX \"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> SyncLogLine.parse("MAILBOX \"a\"b")).hasMessageContaining("column 12");
        assertThatThrownBy(() -> SyncLogLine.parse(" MAILBOX x")).hasMessageContaining("without a type");
    }
}
