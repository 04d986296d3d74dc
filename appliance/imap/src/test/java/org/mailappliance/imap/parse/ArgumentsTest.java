package org.mailappliance.imap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.testing.ClientFramer;

class ArgumentsTest {

    private static ImapReader reader(String... lines) {
        return new ImapReader(ClientFramer.frame(lines), ParseLimits.DEFAULT, false);
    }

    @Test
    void sequenceSets() throws Exception {
        SequenceSet s = Arguments.sequenceSet(reader("1,3:5,*,7:*,9:2"), "set");
        assertThat(s.toString()).isEqualTo("1,3:5,*,7:*,9:2");
        assertThat(s.resolve(8)).containsExactly(new SequenceSet.Range(1, 1), new SequenceSet.Range(3, 5),
                new SequenceSet.Range(8, 8), new SequenceSet.Range(7, 8), new SequenceSet.Range(2, 9));
        assertThat(s.contains(6, 8)).isTrue();
        assertThat(s.contains(10, 8)).isFalse();
        assertThat(Arguments.sequenceSet(reader("$"), "set").isSavedResult()).isTrue();
    }

    @Test
    void badSequenceSets() {
        assertThatThrownBy(() -> Arguments.sequenceSet(reader("0"), "sequence set"))
                .hasMessage("Sequence set must not be zero");
        assertThatThrownBy(() -> Arguments.sequenceSet(reader("1,"), "sequence set"))
                .hasMessage("Missing sequence set");
        assertThatThrownBy(() -> Arguments.sequenceSet(reader("1:x"), "sequence set"))
                .hasMessage("Invalid sequence set: expected a number, '*' or '$'");
        assertThatThrownBy(() -> Arguments.sequenceSet(reader("1;2"), "sequence set"))
                .hasMessage("Invalid sequence set: unexpected character in sequence set");
        assertThatThrownBy(() -> Arguments.sequenceSet(reader("4294967296"), "sequence set"))
                .hasMessage("Sequence set is out of range");
    }

    @Test
    void flagLists() throws Exception {
        assertThat(Arguments.flagList(reader("(\\seen \\DELETED $Junk \\Custom)"), "flags"))
                .containsExactly("\\Seen", "\\Deleted", "$Junk", "\\Custom");
        assertThat(Arguments.flagList(reader("()"), "flags")).isEmpty();
        assertThatThrownBy(() -> Arguments.flagList(reader("(\\*)"), "flags"))
                .hasMessage("Invalid flag: \\* is not a flag");
        assertThatThrownBy(() -> Arguments.flagList(reader("(\\Seen"), "flags"))
                .hasMessage("Missing ')' to close flags");
        assertThatThrownBy(() -> Arguments.flagList(reader("\\Seen"), "flags"))
                .hasMessage("Invalid flags: expected a parenthesized list");
    }

    @Test
    void dateTimes() throws Exception {
        assertThat(Arguments.dateTime(reader("\" 7-Feb-2024 13:05:09 +0130\""), "date"))
                .isEqualTo(OffsetDateTime.of(2024, 2, 7, 13, 5, 9, 0, ZoneOffset.ofHoursMinutes(1, 30)));
        assertThat(Arguments.dateTime(reader("\"17-jul-1996 02:44:25 -0700\""), "date"))
                .isEqualTo(OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.ofHours(-7)));
        assertThatThrownBy(() -> Arguments.dateTime(reader("\"7-Feb-2024 13:05:09 +0130\""), "date-time"))
                .hasMessage("Invalid date-time: expected \"dd-Mon-yyyy hh:mm:ss +zzzz\"");
        assertThatThrownBy(() -> Arguments.dateTime(reader("\"31-Feb-2024 13:05:09 +0000\""), "date-time"))
                .hasMessage("Invalid date-time: no such date or time");
        assertThatThrownBy(() -> Arguments.dateTime(reader("\"01-Foo-2024 13:05:09 +0000\""), "date-time"))
                .hasMessage("Invalid date-time: expected \"dd-Mon-yyyy hh:mm:ss +zzzz\"");
        assertThatThrownBy(() -> Arguments.dateTime(reader("today"), "date-time"))
                .hasMessage("Invalid date-time: expected a quoted date-time");
    }

    @Test
    void dates() throws Exception {
        assertThat(Arguments.date(reader("1-Feb-1994"), "date")).isEqualTo(LocalDate.of(1994, 2, 1));
        assertThat(Arguments.date(reader("\"21-dec-2023\""), "date")).isEqualTo(LocalDate.of(2023, 12, 21));
        assertThatThrownBy(() -> Arguments.date(reader("2023-12-21"), "date"))
                .hasMessage("Invalid date: expected \"d-Mon-yyyy\"");
    }

    @Test
    void mailboxNames() throws Exception {
        assertThat(Arguments.mailbox(reader("inbox"), "mailbox", '/', false)).isEqualTo("INBOX");
        assertThat(Arguments.mailbox(reader("InBox/Drafts"), "mailbox", '/', false)).isEqualTo("INBOX/Drafts");
        assertThat(Arguments.mailbox(reader("inboxes"), "mailbox", '/', false)).isEqualTo("inboxes");
        assertThat(Arguments.mailbox(reader("\"Entw&APw-rfe\""), "mailbox", '/', false)).isEqualTo("Entw\u00fcrfe");
        ImapReader utf8 = new ImapReader(ClientFramer.frame("\"Entw\u00fcrfe\""), ParseLimits.DEFAULT, true);
        assertThat(Arguments.mailbox(utf8, "mailbox", '/', true)).isEqualTo("Entw\u00fcrfe");
        assertThatThrownBy(() -> Arguments.mailbox(reader("\"\""), "mailbox", '/', false))
                .hasMessage("Mailbox is empty");
        assertThatThrownBy(() -> Arguments.mailbox(reader("a&b"), "mailbox", '/', false))
                .hasMessage("Mailbox name is not valid modified UTF-7: an '&' sequence is not terminated by '-'");
    }

    @Test
    void listPatternsKeepWildcards() throws Exception {
        assertThat(reader("INBOX/%").listCharsAtom("pattern")).isEqualTo("INBOX/%");
        assertThat(reader("*").listCharsAtom("pattern")).isEqualTo("*");
        assertThat(List.of(reader("a b").atom("x"))).containsExactly("a");
    }
}
