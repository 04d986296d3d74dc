package org.mailappliance.imap.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.mailstore.message.SystemFlag;

class SearchParserTest {

    private static SearchRequest parse(String args) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(" " + args), ParseLimits.DEFAULT, false);
        SearchRequest request = SearchParser.parser().parse(r);
        r.end();
        return request;
    }

    private static SearchKey key(String args) throws ParseException {
        return parse(args).key();
    }

    @Test
    void flagKeysAndTheirNegations() throws ParseException {
        assertThat(key("ANSWERED")).isEqualTo(new SearchKey.Flag(SystemFlag.ANSWERED, true));
        assertThat(key("unseen")).isEqualTo(new SearchKey.Flag(SystemFlag.SEEN, false));
        assertThat(key("UNDRAFT")).isEqualTo(new SearchKey.Flag(SystemFlag.DRAFT, false));
        assertThat(key("NEW")).isEqualTo(new SearchKey.And(List.of(new SearchKey.Recent(),
                new SearchKey.Flag(SystemFlag.SEEN, false))));
        assertThat(key("OLD")).isEqualTo(new SearchKey.Not(new SearchKey.Recent()));
        assertThat(key("KEYWORD $Forwarded")).isEqualTo(new SearchKey.Keyword("$Forwarded", true));
        assertThat(key("UNKEYWORD foo")).isEqualTo(new SearchKey.Keyword("foo", false));
    }

    @Test
    void implicitAndOrNotAndParentheses() throws ParseException {
        SearchKey k = key("OR SEEN (FLAGGED NOT DELETED) LARGER 10");
        assertThat(k).isEqualTo(new SearchKey.And(List.of(
                new SearchKey.Or(new SearchKey.Flag(SystemFlag.SEEN, true), new SearchKey.And(List.of(
                        new SearchKey.Flag(SystemFlag.FLAGGED, true),
                        new SearchKey.Not(new SearchKey.Flag(SystemFlag.DELETED, true))))),
                new SearchKey.Size(true, 10))));
    }

    @Test
    void datesSizesAndSets() throws ParseException {
        assertThat(key("SENTSINCE 1-Feb-2024")).isEqualTo(new SearchKey.DateKey(SearchKey.DateField.SENT,
                SearchKey.Comparison.SINCE, LocalDate.of(2024, 2, 1)));
        assertThat(key("SAVEDON \"15-Mar-2021\"")).isEqualTo(new SearchKey.DateKey(SearchKey.DateField.SAVED,
                SearchKey.Comparison.ON, LocalDate.of(2021, 3, 15)));
        assertThat(key("OLDER 3600")).isEqualTo(new SearchKey.Within(true, 3600));
        assertThat(key("SMALLER 0")).isEqualTo(new SearchKey.Size(false, 0));
        SearchKey.Set uid = (SearchKey.Set) key("UID 1:*,7");
        assertThat(uid.uid()).isTrue();
        assertThat(uid.set().toString()).isEqualTo("1:*,7");
        SearchKey.Set seq = (SearchKey.Set) key("2:4");
        assertThat(seq.uid()).isFalse();
        assertThat(key("$")).isEqualTo(new SearchKey.Set(SequenceSet.savedResult(), false));
        assertThat(key("SAVEDATESUPPORTED")).isEqualTo(new SearchKey.All());
    }

    @Test
    void stringsQuotedAtomOrLiteral() throws ParseException {
        assertThat(key("SUBJECT hello")).isEqualTo(new SearchKey.Header("Subject", "hello"));
        assertThat(key("FROM \"a b\"")).isEqualTo(new SearchKey.Header("From", "a b"));
        assertThat(key("HEADER X-Spam \"\"")).isEqualTo(new SearchKey.Header("X-Spam", ""));
        assertThat(key("BODY text")).isEqualTo(new SearchKey.Text("text", false));
        assertThat(key("TEXT text")).isEqualTo(new SearchKey.Text("text", true));
        byte[] utf8 = "Grüße".getBytes(StandardCharsets.UTF_8);
        ClientFramer framer = new ClientFramer();
        framer.feed((" CHARSET UTF-8 SUBJECT {" + utf8.length + "}\r\n").getBytes(StandardCharsets.US_ASCII));
        framer.feed(utf8);
        framer.feed("\r\n".getBytes(StandardCharsets.US_ASCII));
        ImapReader r = new ImapReader(framer.next(), ParseLimits.DEFAULT, false);
        assertThat(SearchParser.parser().parse(r).key()).isEqualTo(new SearchKey.Header("Subject", "Grüße"));
    }

    @Test
    void charsetAndReturnOptions() throws ParseException {
        SearchRequest r = parse("RETURN (MIN COUNT) CHARSET us-ascii ALL");
        assertThat(r.returnOptions()).containsExactlyInAnyOrder(SearchRequest.ReturnOption.MIN,
                SearchRequest.ReturnOption.COUNT);
        assertThat(r.charsetSupported()).isTrue();
        assertThat(parse("RETURN () ALL").returnOptions()).isEmpty();
        assertThat(parse("ALL").returnOptions()).isNull();
        SearchRequest koi = parse("CHARSET KOI8-R SUBJECT x");
        assertThat(koi.charsetSupported()).isFalse();
        assertThat(koi.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void malformedCommandsSayWhy() {
        assertBad("", "Missing search key");
        assertBad("FOO", "Unknown search key FOO");
        assertBad("BEFORE 31-Feb-2024", "Invalid BEFORE date: no such date");
        assertBad("SINCE yesterday", "Invalid SINCE date");
        assertBad("(SEEN", "Missing ')'");
        assertBad("()", "Empty parenthesized search key list");
        assertBad("OR SEEN", "Missing second search key of OR");
        assertBad("NOT", "Missing search key after NOT");
        assertBad("LARGER x", "LARGER size");
        assertBad("HEADER", "Missing header field name");
        assertBad("RETURN (FOO) ALL", "Unknown RETURN option FOO");
        assertBad("UID", "Missing UID set");
        assertBad("KEYWORD \\Seen", "keyword");
        assertBad("(".repeat(40) + "ALL" + ")".repeat(40), "nested too deeply");
        assertBad("NOT ".repeat(150) + "ALL", "nested too deeply");
    }

    private static void assertBad(String args, String reason) {
        assertThatThrownBy(() -> parse(args)).as(args).isInstanceOf(ParseException.class).hasMessageContaining(reason);
    }

    @Test
    void modseqKeyWithAndWithoutEntry() throws ParseException {
        assertThat(key("MODSEQ 620162338")).isEqualTo(new SearchKey.ModSeq(620162338));
        assertThat(key("modseq 0")).isEqualTo(new SearchKey.ModSeq(0));
        assertThat(key("MODSEQ \"/flags/\\\\draft\" all 620162338")).isEqualTo(new SearchKey.ModSeq(620162338));
        assertThat(key("MODSEQ \"/flags/$Junk\" PRIV 5")).isEqualTo(new SearchKey.ModSeq(5));
        assertThat(SearchParser.hasModSeq(key("OR SEEN NOT MODSEQ 5"))).isTrue();
        assertThat(SearchParser.hasModSeq(key("(SEEN 1:3) DRAFT"))).isFalse();
        assertThat(key("MODSEQ 5").cost()).isEqualTo(SearchKey.Cost.RECORD);
    }

    @Test
    void modseqKeyErrors() {
        assertThatThrownBy(() -> key("MODSEQ")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> key("MODSEQ x")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> key("MODSEQ 9223372036854775808")).hasMessage("MODSEQ value is out of range");
        assertThatThrownBy(() -> key("MODSEQ \"/flags/\\\\seen\" mine 3"))
                .hasMessage("Invalid MODSEQ entry type mine: expected priv, shared or all");
        assertThatThrownBy(() -> key("MODSEQ \"/flags/\" all 3")).hasMessageContaining("Invalid MODSEQ entry name");
        assertThatThrownBy(() -> key("MODSEQ \"/vendor/x\" all 3")).hasMessageContaining("Invalid MODSEQ entry name");
        assertThatThrownBy(() -> key("MODSEQ \"/flags/\\\\seen\" all")).isInstanceOf(ParseException.class);
    }
}
