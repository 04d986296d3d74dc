package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;

/** BINARY, BINARY.PEEK and BINARY.SIZE items (RFC 3516 §6 grammar). */
class BinaryFetchParserTest {

    private static List<FetchItem> items(String arguments) throws Exception {
        ImapReader r = new ImapReader(ClientFramer.frame(" " + arguments), ParseLimits.DEFAULT, false);
        FetchRequest request = new FetchParser(false).parse(r);
        r.end();
        return request.items();
    }

    @Test
    void binaryItems() throws Exception {
        assertThat(items("1 (BINARY[1.2] binary.peek[] BINARY.SIZE[3] BINARY[2]<7.6>)")).containsExactly(
                new FetchItem.Binary(false, List.of(1, 2), null),
                new FetchItem.Binary(true, List.of(), null),
                new FetchItem.BinarySize(List.of(3)),
                new FetchItem.Binary(false, List.of(2), new FetchItem.Partial(7, 6)));
        assertThat(items("1 BINARY.PEEK[1]")).containsExactly(new FetchItem.Binary(true, List.of(1), null));
    }

    @Test
    void responseNames() {
        assertThat(new FetchItem.Binary(true, List.of(1, 2), null).responseName()).isEqualTo("BINARY[1.2]");
        assertThat(new FetchItem.Binary(false, List.of(), new FetchItem.Partial(5, 9)).responseName())
                .isEqualTo("BINARY[]<5>");
        assertThat(new FetchItem.BinarySize(List.of(4)).responseName()).isEqualTo("BINARY.SIZE[4]");
        assertThat(new FetchItem.Binary(true, List.of(1), null).setsSeen()).isFalse();
        assertThat(new FetchItem.Binary(false, List.of(1), null).setsSeen()).isTrue();
        assertThat(new FetchItem.BinarySize(List.of(1)).setsSeen()).isFalse();
    }

    @Test
    void readsTheFileForBinaryItems() throws Exception {
        ImapReader r = new ImapReader(ClientFramer.frame(" 1 BINARY.SIZE[1]"), ParseLimits.DEFAULT, false);
        assertThat(new FetchParser(false).parse(r).readsFile()).isTrue();
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> items("1 BINARY")).isInstanceOf(ParseException.class)
                .hasMessage("BINARY needs a section, such as BINARY[1]");
        assertThatThrownBy(() -> items("1 BINARY.SIZE")).hasMessage("BINARY.SIZE needs a section, such as BINARY.SIZE[1]");
        assertThatThrownBy(() -> items("1 BINARY[1.TEXT]"))
                .hasMessage("Invalid section for BINARY: only part numbers, such as BINARY[1.2]");
        assertThatThrownBy(() -> items("1 BINARY.PEEK[HEADER]"))
                .hasMessage("Invalid section for BINARY.PEEK: only part numbers, such as BINARY.PEEK[1.2]");
        assertThatThrownBy(() -> items("1 BINARY.SIZE[1]<0.5>")).hasMessage("BINARY.SIZE takes no partial range");
        assertThatThrownBy(() -> items("1 BINARY[0]")).hasMessage("Invalid section part number '0'");
        assertThatThrownBy(() -> items("1 BINARY[1]<0.0>")).hasMessage("Partial count must not be zero");
    }
}
