package org.mailappliance.imap.sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.imap.thread.ThreadAlgorithm;
import org.mailappliance.imap.thread.ThreadParser;
import org.mailappliance.imap.thread.ThreadRequest;

class SortParserTest {

    private static SortRequest sort(String args) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(args), ParseLimits.DEFAULT, false);
        SortRequest request = new SortParser().parse(r);
        r.end();
        return request;
    }

    private static ThreadRequest thread(String args) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(args), ParseLimits.DEFAULT, false);
        ThreadRequest request = new ThreadParser().parse(r);
        r.end();
        return request;
    }

    @Test
    void readsCriteriaWithReverseAndTheSearchCriteria() throws Exception {
        SortRequest r = sort(" (REVERSE date subject displayFrom) UTF-8 SINCE 1-Feb-1994 NOT FROM \"Smith\"");
        assertThat(r.returnOptions()).isNull();
        assertThat(r.criteria()).containsExactly(new SortCriterion(SortKey.DATE, true),
                new SortCriterion(SortKey.SUBJECT, false), new SortCriterion(SortKey.DISPLAYFROM, false));
        assertThat(r.search().charset()).isEqualTo("UTF-8");
        assertThat(r.search().charsetSupported()).isTrue();
    }

    @Test
    void readsEsortReturnOptions() throws Exception {
        assertThat(sort(" RETURN (MIN max COUNT ALL SAVE) (ARRIVAL) US-ASCII ALL").returnOptions())
                .containsExactlyInAnyOrder(SortRequest.ReturnOption.values());
        assertThat(sort(" RETURN () (SIZE) UTF-8 ALL").returnOptions()).isEqualTo(Set.of());
    }

    @Test
    void everyKeyIsKnown() throws Exception {
        assertThat(sort(" (ARRIVAL CC DATE FROM SIZE SUBJECT TO DISPLAYFROM DISPLAYTO) UTF-8 ALL").criteria())
                .extracting(SortCriterion::key).containsExactly(SortKey.values());
    }

    @Test
    void anUnknownCharsetIsNotAParseError() throws Exception {
        SortRequest r = sort(" (SUBJECT) KOI8-R SUBJECT \"x\"");
        assertThat(r.search().charsetSupported()).isFalse();
        assertThat(r.search().charset()).isEqualTo("KOI8-R");
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> sort(" (FOO) UTF-8 ALL")).hasMessage("Unknown sort criterion FOO");
        assertThatThrownBy(() -> sort(" (REVERSE) UTF-8 ALL")).hasMessageContaining("sort criterion after REVERSE");
        assertThatThrownBy(() -> sort(" (REVERSE REVERSE DATE) UTF-8 ALL"))
                .hasMessage("Unknown sort criterion REVERSE");
        assertThatThrownBy(() -> sort(" () UTF-8 ALL")).hasMessage("Empty sort criteria list");
        assertThatThrownBy(() -> sort(" DATE UTF-8 ALL")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> sort(" (DATE) UTF-8")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> sort(" (DATE)")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> sort(" (DATE) UTF-8 BOGUS")).hasMessage("Unknown search key BOGUS");
        assertThatThrownBy(() -> sort(" RETURN (PARTIAL 1:10) (DATE) UTF-8 ALL"))
                .hasMessage("Unknown RETURN option PARTIAL");
    }

    @Test
    void threadTakesAnAlgorithmAndSearchCriteria() throws Exception {
        ThreadRequest r = thread(" references UTF-8 UNDELETED");
        assertThat(r.algorithm()).isEqualTo(ThreadAlgorithm.REFERENCES);
        assertThat(thread(" ORDEREDSUBJECT US-ASCII ALL").algorithm()).isEqualTo(ThreadAlgorithm.ORDEREDSUBJECT);
        assertThatThrownBy(() -> thread(" REFS UTF-8 ALL")).hasMessage("Unknown threading algorithm REFS");
        assertThatThrownBy(() -> thread(" REFERENCES")).isInstanceOf(ParseException.class);
        assertThat(List.of(ThreadAlgorithm.values())).hasSize(2);
    }
}
