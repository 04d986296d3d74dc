package org.mailappliance.mailstore.message.sortkey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 5256 §2.1 base subject extraction, step by step, and the reply-or-forward mark REFERENCES needs. */
class BaseSubjectTest {

    @ParameterizedTest(name = "[{0}] -> [{1}] reply={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // plain subjects; (1) tabs and runs of spaces become one space
        "Hello|Hello|false",
        "`  Hello   world\t\tagain  `|Hello world again|false",
        // (2) trailers: (fwd) and blanks, repeatedly
        "Hello (fwd)|Hello|true",
        "Hello (FWD) (fwd)  |Hello|true",
        "Hello(fwd)|Hello|true",
        // (3) leaders: re, fw, fwd with blanks and a blob before the colon
        "Re: Hello|Hello|true",
        "RE: Re: re:Hello|Hello|true",
        "Fw: Hello|Hello|true",
        "FWD: Hello|Hello|true",
        "Re [2]: Hello|Hello|true",
        "Re[list]:Hello|Hello|true",
        "Fwd : Hello|Hello|true",
        // blobs before re
        "[list] Re: Hello|Hello|true",
        "[a][b] Re: [c] Re: Hello|Hello|true",
        // (4) a leading blob goes when something is left after it
        "[list] Hello|Hello|false",
        "[list]|[list]|false",
        "[a] [b]|[b]|false",
        "Re: [list]|[list]|true",
        // not leaders
        "Really: yes|Really: yes|false",
        "Ref: x|Ref: x|false",
        "Fw d: x|Fw d: x|false",
        "Re Hello|Re Hello|false",
        "[unclosed Re: x|[unclosed Re: x|false",
        // (6) [fwd: ...] wrappers, then again from (2)
        "[Fwd: Hello]|Hello|true",
        "[fwd: Re: Hello (fwd)]|Hello|true",
        "[Fwd: [Fwd: Hello]]|Hello|true",
        "Re: [Fwd: [list] Hello]|Hello|true",
        "[fwd: Hello] x|x|false",
        "[fwd:]|''|true",
        // empty results
        "Re:|''|true",
        "(fwd)|''|true",
        "`   `|''|false",
    })
    void extractsTheBaseSubject(String subject, String base, boolean reply) {
        BaseSubject.Result r = BaseSubject.of(subject);
        assertThat(r.base()).isEqualTo(base.equals("''") ? "" : base);
        assertThat(r.replyOrForward()).isEqualTo(reply);
    }

    @Test
    void missingSubjectIsEmpty() {
        assertThat(BaseSubject.of(null)).isEqualTo(new BaseSubject.Result("", false));
        assertThat(BaseSubject.of("")).isEqualTo(new BaseSubject.Result("", false));
    }

    @Test
    void nonAsciiSubjectsKeepTheirText() {
        assertThat(BaseSubject.of("AW: Grüße").base()).isEqualTo("AW: Grüße");
        assertThat(BaseSubject.of("Re: [Liste] Grüße (fwd)").base()).isEqualTo("Grüße");
        assertThat(BaseSubject.of("[äöü] Grüße").base()).isEqualTo("Grüße");
    }
}
