package org.mailappliance.imap.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListPatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''      | *        | a/b/c       | true",
        "''      | %        | a           | true",
        "''      | %        | a/b         | false",
        "''      | %/%      | a/b         | true",
        "''      | a/%      | a/b/c       | false",
        "''      | a*c      | a/b/c       | true",
        "''      | a%c      | a/b/c       | false",
        "''      | a%c      | abc         | true",
        "a/      | %        | a/b         | true",
        "a/      | %        | b           | false",
        "''      | inbox    | INBOX       | true",
        "''      | Inbox/%  | INBOX/x     | true",
        "''      | inbox*   | INBOX/x     | true",
        "''      | inboxes  | INBOX       | false",
        "''      | INB%     | INBOX       | true",
        "''      | *b*b*b*  | ab/b/bb     | true",
        "''      | *%*      | ''          | true",
        "''      | Sent     | Sent/x      | false",
    })
    void matches(String reference, String pattern, String name, boolean expected) {
        assertThat(new ListPattern(reference, pattern, '/').matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "%             | Other Users | true",
        "Other*        | Other Users | true",
        "Other Users/b | Other Users | true",
        "Ot            | Other Users | true",
        "Sent*         | Other Users | false",
        "INBOX         | Other Users | false",
        "x             | ''          | true",
    })
    void mayMatchUnder(String pattern, String prefix, boolean expected) {
        assertThat(new ListPattern("", pattern, '/').mayMatchUnder(prefix)).isEqualTo(expected);
    }
}
