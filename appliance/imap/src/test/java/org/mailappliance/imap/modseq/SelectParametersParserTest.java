package org.mailappliance.imap.modseq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;

/** The select-params of RFC 7162, read after the mailbox name as SELECT's parser leaves the reader. */
class SelectParametersParserTest {

    private static SelectParameters parse(String args) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(args), ParseLimits.DEFAULT, false);
        SelectParameters p = SelectParametersParser.parse(r);
        r.end();
        return p;
    }

    @Test
    void noParameters() throws ParseException {
        assertThat(parse("")).isEqualTo(SelectParameters.NONE);
        assertThat(parse(" ()")).isEqualTo(SelectParameters.NONE);
        assertThat(SelectParameters.NONE.enablesCondstore()).isFalse();
    }

    @Test
    void condstore() throws ParseException {
        SelectParameters p = parse(" (condstore)");
        assertThat(p.condstore()).isTrue();
        assertThat(p.qresync()).isNull();
        assertThat(p.enablesCondstore()).isTrue();
    }

    @Test
    void qresyncWithEveryOptionalPart() throws ParseException {
        SelectParameters.Qresync q = parse(" (QRESYNC (67890007 20050715194045000 41,43:211,214:541))").qresync();
        assertThat(q.uidValidity()).isEqualTo(67890007L);
        assertThat(q.modSeq()).isEqualTo(20050715194045000L);
        assertThat(q.knownUids().toString()).isEqualTo("41,43:211,214:541");
        assertThat(q.matchMsns()).isNull();

        q = parse(" (CONDSTORE QRESYNC (1 2 1:* (1:3,5 1,4,7,9)))").qresync();
        assertThat(q.knownUids().toString()).isEqualTo("1:*");
        assertThat(q.matchMsns().toString()).isEqualTo("1:3,5");
        assertThat(q.matchUids().toString()).isEqualTo("1,4,7,9");

        q = parse(" (QRESYNC (1 2 (2 7)))").qresync();
        assertThat(q.knownUids()).isNull();
        assertThat(q.matchMsns().toString()).isEqualTo("2");
        assertThat(parse(" (QRESYNC (1 2))").enablesCondstore()).isTrue();
    }

    @Test
    void errors() {
        assertBad(" (QRESYNC (1 0))", "QRESYNC modseq must not be zero");
        assertBad(" (QRESYNC (0 1))", "QRESYNC UIDVALIDITY must not be zero");
        assertBad(" (QRESYNC (1 9223372036854775808))", "QRESYNC modseq is out of range");
        assertBad(" (QRESYNC (4294967296 1))", "QRESYNC UIDVALIDITY is out of range");
        assertBad(" (QRESYNC (1 2 1:3 (1:2 1)))", "seq-match-data: the sequence set and the UID set differ in size");
        assertBad(" (QRESYNC (1 2 $))", "Invalid known UIDs: '$' is not allowed here");
        assertBad(" (QRESYNC (1 2) QRESYNC (1 2))", "QRESYNC is given twice");
        assertBad(" (FOO)", "Unknown select parameter FOO");
        assertThatThrownBy(() -> parse(" (QRESYNC (1))")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" (QRESYNC 1 2)")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" (QRESYNC (1 2 1:3 (1 2) 4))")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" (CONDSTORE")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" CONDSTORE")).isInstanceOf(ParseException.class);
    }

    @Test
    void modSeqValuesAndValzers() throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame("0 9223372036854775807"), ParseLimits.DEFAULT, false);
        assertThat(ModSeqArguments.valzer(r, "modseq")).isZero();
        r.space("modseq");
        assertThat(ModSeqArguments.value(r, "modseq")).isEqualTo(Long.MAX_VALUE);
        ImapReader zero = new ImapReader(ClientFramer.frame("0"), ParseLimits.DEFAULT, false);
        assertThatThrownBy(() -> ModSeqArguments.value(zero, "modseq")).hasMessage("Modseq must not be zero");
        ImapReader word = new ImapReader(ClientFramer.frame("12a"), ParseLimits.DEFAULT, false);
        assertThatThrownBy(() -> ModSeqArguments.valzer(word, "modseq")).hasMessage("Modseq must be a number");
    }

    private static void assertBad(String args, String reason) {
        assertThatThrownBy(() -> parse(args)).isInstanceOf(ParseException.class).hasMessage(reason);
    }
}
