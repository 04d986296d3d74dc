package org.mailappliance.imap.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextMatchingTest {

    @Test
    void caseDiacriticsAndSharpSFoldAway() {
        assertThat(TextMatcher.contains("Grüße aus Köln", "GRÜSSE")).isTrue();
        assertThat(TextMatcher.contains("Grüße aus Köln", "kOlN")).isTrue();
        assertThat(TextMatcher.contains("Café crème", "cafe creme")).isTrue();
        assertThat(TextMatcher.contains("ＡＢＣ", "abc")).as("compatibility forms").isTrue();
        assertThat(TextMatcher.contains("Grüße", "Gruse")).isFalse();
    }

    @Test
    void whiteSpaceRunsAreOneBlank() {
        assertThat(TextMatcher.contains("several\t  lines", "several lines")).isTrue();
        assertThat(TextMatcher.contains("severallines", "several lines")).isFalse();
    }

    @Test
    void emptyStringMatchesAnything() {
        assertThat(TextMatcher.contains("", "")).isTrue();
        assertThat(TextMatcher.contains("x", "")).isTrue();
    }

    @Test
    void matchesAcrossPiecesOfAStream() {
        TextMatcher m = new TextMatcher("needle");
        TextFold.Folder folder = new TextFold.Folder(m);
        folder.feed("hay hay nee");
        assertThat(m.found()).isFalse();
        folder.feed("DLE hay");
        assertThat(m.found()).isTrue();
    }

    @Test
    void partialMatchesRestartCorrectly() {
        assertThat(TextMatcher.contains("aaab", "aab")).isTrue();
        assertThat(TextMatcher.contains("abababc", "ababc")).isTrue();
        assertThat(TextMatcher.contains("ababab", "ababc")).isFalse();
    }

    @Test
    void resetForgetsAPartialMatch() {
        TextMatcher m = new TextMatcher("ab");
        TextFold.Folder folder = new TextFold.Folder(m);
        folder.feed("a");
        m.reset();
        folder.reset();
        folder.feed("b");
        assertThat(m.found()).isFalse();
    }

    @Test
    void sentDateIsTheDayAsWritten() {
        assertThat(SentDates.of("Mon, 15 Mar 2021 23:30:00 -0500", Instant.parse("2021-03-16T04:30:00Z")))
                .isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(SentDates.of("1 Jan 99 23:59 EST", null)).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(SentDates.of("3 Feb 07 10:00 +0000", null)).isEqualTo(LocalDate.of(2007, 2, 3));
        assertThat(SentDates.of("garbage", Instant.parse("2020-05-05T10:00:00Z")))
                .isEqualTo(LocalDate.of(2020, 5, 5));
        assertThat(SentDates.of(null, null)).isNull();
    }

    @Test
    void resultSetsAreCompact() {
        assertThat(SearchResponse.sequenceSet(new long[] {1, 2, 3, 5, 7, 8})).isEqualTo("1:3,5,7:8");
        assertThat(SearchResponse.sequenceSet(new long[] {4})).isEqualTo("4");
        assertThat(SearchResponse.sequenceSet(new long[0])).isEmpty();
    }
}
