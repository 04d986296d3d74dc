package org.mailappliance.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModifiedUtf7Test {

    @Test
    void rfc3501Examples() throws Exception {
        // RFC 3501 §5.1.3: "~peter/mail/台北/日本語"
        String name = "~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e";
        assertThat(ModifiedUtf7.encode(name)).isEqualTo("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        assertThat(ModifiedUtf7.decode("~peter/mail/&U,BTFw-/&ZeVnLIqe-")).isEqualTo(name);
    }

    @Test
    void ampersandAndUmlauts() throws Exception {
        assertThat(ModifiedUtf7.encode("Tom & Jerry")).isEqualTo("Tom &- Jerry");
        assertThat(ModifiedUtf7.decode("Tom &- Jerry")).isEqualTo("Tom & Jerry");
        assertThat(ModifiedUtf7.encode("Entw\u00fcrfe")).isEqualTo("Entw&APw-rfe");
        assertThat(ModifiedUtf7.encode("\u00e4\u00f6\u00fc")).isEqualTo("&AOQA9gD8-");
    }

    @Test
    void roundTripsOutsideTheBmp() throws Exception {
        String name = "mail \ud83d\udce8 box";
        assertThat(ModifiedUtf7.decode(ModifiedUtf7.encode(name))).isEqualTo(name);
    }

    @Test
    void rejectsNonCanonicalForms() {
        assertThatThrownBy(() -> ModifiedUtf7.decode("&AGE-"))
                .hasMessage("Mailbox name is not valid modified UTF-7: printable ASCII is encoded");
        assertThatThrownBy(() -> ModifiedUtf7.decode("&APw"))
                .hasMessage("Mailbox name is not valid modified UTF-7: an '&' sequence is not terminated by '-'");
        assertThatThrownBy(() -> ModifiedUtf7.decode("&APw-&APw-"))
                .hasMessage("Mailbox name is not valid modified UTF-7: two encoded sequences are adjacent");
        assertThatThrownBy(() -> ModifiedUtf7.decode("&AP/-"))
                .hasMessage("Mailbox name is not valid modified UTF-7: it contains a character that is not modified BASE64");
        assertThatThrownBy(() -> ModifiedUtf7.decode("&APx-"))
                .hasMessage("Mailbox name is not valid modified UTF-7: an encoded sequence has leftover bits");
        assertThatThrownBy(() -> ModifiedUtf7.decode("caf\u00e9"))
                .hasMessage("Mailbox name is not valid modified UTF-7: it contains a character that must be encoded");
        // a lone high surrogate
        assertThatThrownBy(() -> ModifiedUtf7.decode("&2D0-"))
                .hasMessageStartingWith("Mailbox name is not valid modified UTF-7:");
    }
}
