package org.mailappliance.mailstore.message.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    @Test
    void decodesWellFormedWords() {
        assertThat(EncodedWords.decode("=?UTF-8?B?R3LDvMOfZQ==?= aus =?ISO-8859-1?Q?K=F6ln?=")).isEqualTo("Grüße aus Köln");
        assertThat(EncodedWords.decode("=?utf-8?q?a_b?=")).isEqualTo("a b");
        assertThat(EncodedWords.decode("=?UTF-8*de?Q?x?=")).isEqualTo("x");
    }

    @Test
    void dropsOnlyTheBlankBetweenAdjacentWords() {
        assertThat(EncodedWords.decode("=?UTF-8?Q?Caf=C3=A9?= =?UTF-8?Q?_cr=C3=A8me?=")).isEqualTo("Café crème");
        assertThat(EncodedWords.decode("=?UTF-8?Q?a?= b =?UTF-8?Q?c?=")).isEqualTo("a b c");
    }

    @Test
    void leavesMalformedWordsAsWritten() {
        String s = "=?UTF-8?Q?unterminated_word and =?X-UNKNOWN?Q?strange?= and =?UTF-8?B?!!!notbase64?=";
        assertThat(EncodedWords.decode(s)).isEqualTo(s);
        assertThat(EncodedWords.decode("=?UTF-8?Q?bad=G1?=")).isEqualTo("=?UTF-8?Q?bad=G1?=");
        assertThat(EncodedWords.decode("x=?UTF-8?Q?glued?=y")).isEqualTo("xgluedy");
        assertThat(EncodedWords.decode(null)).isNull();
    }

    @Test
    void rawUtf8OctetsBecomeCharacters() {
        String raw = new String("Grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(EncodedWords.decode(raw)).isEqualTo("Grüße");
    }
}
