package org.mailappliance.imap.selected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.mailstore.message.FlagOperation;

/** STORE's decode step, with the UNCHANGEDSINCE modifier of RFC 7162 §3.1.3. */
class StoreParseTest {

    private static StoreCommand.Request parse(String args) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(args), ParseLimits.DEFAULT, false);
        StoreCommand.Request request = StoreCommand.parse(r);
        r.end();
        return request;
    }

    @Test
    void withoutAndWithUnchangedSince() throws ParseException {
        StoreCommand.Request plain = parse(" 1:3 +FLAGS.SILENT (\\Seen)");
        assertThat(plain.unchangedSince()).isEmpty();
        assertThat(plain.op()).isEqualTo(FlagOperation.ADD);
        assertThat(plain.silent()).isTrue();
        StoreCommand.Request conditional = parse(" 7,5,9 (UNCHANGEDSINCE 320162338) -FLAGS (\\Deleted $Junk)");
        assertThat(conditional.unchangedSince()).hasValue(320162338);
        assertThat(conditional.op()).isEqualTo(FlagOperation.REMOVE);
        assertThat(conditional.flags()).containsExactly("\\Deleted", "$Junk");
        assertThat(parse(" 1 (unchangedsince 0) FLAGS \\Seen").unchangedSince()).hasValue(0);
    }

    @Test
    void modifierErrors() {
        assertThatThrownBy(() -> parse(" 1 (UNCHANGEDSINCE 1 UNCHANGEDSINCE 2) +FLAGS (\\Seen)"))
                .hasMessage("UNCHANGEDSINCE is given twice");
        assertThatThrownBy(() -> parse(" 1 (FOO 1) +FLAGS (\\Seen)")).hasMessage("Unknown STORE modifier FOO");
        assertThatThrownBy(() -> parse(" 1 (UNCHANGEDSINCE 9223372036854775808) +FLAGS (\\Seen)"))
                .hasMessage("UNCHANGEDSINCE modseq is out of range");
        assertThatThrownBy(() -> parse(" 1 (UNCHANGEDSINCE) +FLAGS (\\Seen)")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" 1 () +FLAGS (\\Seen)")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" 1 (UNCHANGEDSINCE 5 +FLAGS (\\Seen)")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parse(" 1 (UNCHANGEDSINCE 5)")).isInstanceOf(ParseException.class);
    }
}
