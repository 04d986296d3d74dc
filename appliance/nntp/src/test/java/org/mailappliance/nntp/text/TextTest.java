package org.mailappliance.nntp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void wildmatLastMatchWinsAndSupportsClassesAndEscapes() {
        Wildmat w = Wildmat.parse("comp.*,!comp.lang.*,comp.lang.java").orElseThrow();
        assertThat(w.matches("comp.os")).isTrue();
        assertThat(w.matches("comp.lang.c")).isFalse();
        assertThat(w.matches("comp.lang.java")).isTrue();
        assertThat(w.matches("misc.test")).isFalse();
        assertThat(Wildmat.parse("a?[bc]").orElseThrow().matches("axc")).isTrue();
        assertThat(Wildmat.parse("a?[^bc]").orElseThrow().matches("axc")).isFalse();
        assertThat(Wildmat.parse("a\\*").orElseThrow().matches("a*")).isTrue();
        assertThat(Wildmat.parse("a\\*").orElseThrow().matches("ab")).isFalse();
        assertThat(Wildmat.parse("a.b").orElseThrow().matches("aXb")).isFalse();
        assertThat(Wildmat.parse("[abc")).isEmpty();
        assertThat(Wildmat.parse("a,,b")).isEmpty();
        assertThat(Wildmat.parse("a\\")).isEmpty();
    }

    @Test
    void rangesAndNumbers() {
        assertThat(ArticleRange.parse("5")).contains(new ArticleRange(5, 5));
        assertThat(ArticleRange.parse("5-")).contains(new ArticleRange(5, Long.MAX_VALUE));
        assertThat(ArticleRange.parse("5-9")).contains(new ArticleRange(5, 9));
        assertThat(ArticleRange.parse("9-5").orElseThrow().empty()).isTrue();
        assertThat(ArticleRange.parse("-5")).isEmpty();
        assertThat(ArticleRange.parse("x")).isEmpty();
        assertThat(ArticleRange.parse("+5")).isEmpty();
    }

    @Test
    void datesPickTheNearestCentury() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(NewsDates.parse("261128", "010203", now)).contains(Instant.parse("2026-11-28T01:02:03Z"));
        assertThat(NewsDates.parse("761128", "000000", now)).contains(Instant.parse("2076-11-28T00:00:00Z"));
        assertThat(NewsDates.parse("771128", "000000", now)).contains(Instant.parse("1977-11-28T00:00:00Z"));
        assertThat(NewsDates.parse("19991231", "235959", now)).contains(Instant.parse("1999-12-31T23:59:59Z"));
        assertThat(NewsDates.parse("20260230", "000000", now)).isEmpty();
        assertThat(NewsDates.parse("2611280", "000000", now)).isEmpty();
        assertThat(NewsDates.format(now)).isEqualTo("20261128120000");
    }

    @Test
    void messageIds() {
        assertThat(MessageIds.valid("<a@b>")).isTrue();
        assertThat(MessageIds.valid("<a b>")).isFalse();
        assertThat(MessageIds.valid("<>")).isFalse();
        assertThat(MessageIds.valid("<a>b>")).isFalse();
        assertThat(MessageIds.valid("a@b")).isFalse();
    }
}
