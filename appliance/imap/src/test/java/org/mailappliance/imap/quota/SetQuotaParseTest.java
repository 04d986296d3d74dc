package org.mailappliance.imap.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;
import org.mailappliance.mailstore.quota.QuotaRoot;

/** The SETQUOTA decoder: RFC 9208 lists, -1, the empty list, and what cyradm 3.6 actually sends. */
class SetQuotaParseTest {

    private static SetQuotaCommand.Args parse(String line) throws ParseException {
        ImapReader r = new ImapReader(ClientFramer.frame(line), ParseLimits.DEFAULT, false);
        SetQuotaCommand.Args a = SetQuotaCommand.parse(r);
        r.end();
        return a;
    }

    @Test
    void standardLists() throws Exception {
        assertThat(parse(" user/bob (STORAGE 512 message 10)").limits())
                .containsExactly(Map.entry("STORAGE", 512L), Map.entry("MESSAGE", 10L));
        assertThat(parse(" \"user/bob\" ()").limits()).isEmpty();
        assertThat(parse(" x (STORAGE -1)").limits()).containsExactly(Map.entry("STORAGE", QuotaRoot.UNLIMITED));
    }

    @Test
    void cyradmsGluedList() throws Exception {
        assertThat(parse(" user/x (STORAGE 1024MESSAGE 2 )").limits())
                .containsExactly(Map.entry("STORAGE", 1024L), Map.entry("MESSAGE", 2L));
    }

    @Test
    void malformedLists() {
        for (String bad : new String[] {" x (STORAGE)", " x STORAGE 1", " x (STORAGE -2)", " x (STORAGE 1x)",
                " x (STORAGE 1 STORAGE 2)", " x (STORAGE 1", " x"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(ParseException.class);
        }
    }
}
