package org.mailappliance.imap.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseLimits;
import org.mailappliance.imap.testing.ClientFramer;

class FetchParserTest {

    /** Parses the arguments after "FETCH" the way the dispatcher does, including the end-of-command check. */
    private static FetchRequest parse(boolean uid, String arguments) throws Exception {
        ImapReader r = new ImapReader(ClientFramer.frame(arguments), ParseLimits.DEFAULT, false);
        FetchRequest request = new FetchParser(uid).parse(r);
        r.end();
        return request;
    }

    private static List<FetchItem> items(String arguments) throws Exception {
        return parse(false, " " + arguments).items();
    }

    @Test
    void macrosExpand() throws Exception {
        assertThat(items("1 ALL")).containsExactly(FetchItem.Simple.FLAGS, FetchItem.Simple.INTERNALDATE,
                FetchItem.Simple.RFC822_SIZE, FetchItem.Simple.ENVELOPE);
        assertThat(items("1 fast")).containsExactly(FetchItem.Simple.FLAGS, FetchItem.Simple.INTERNALDATE,
                FetchItem.Simple.RFC822_SIZE);
        assertThat(items("1 FULL")).endsWith(FetchItem.Simple.ENVELOPE, FetchItem.Simple.BODY);
    }

    @Test
    void simpleItemsInRequestOrderWithoutDuplicates() throws Exception {
        assertThat(items("1:* (rfc822.size UID flags UID BODYSTRUCTURE BODY SAVEDATE RFC822 RFC822.HEADER "
                + "RFC822.TEXT INTERNALDATE ENVELOPE)")).containsExactly(FetchItem.Simple.RFC822_SIZE,
                FetchItem.Simple.UID, FetchItem.Simple.FLAGS, FetchItem.Simple.BODYSTRUCTURE, FetchItem.Simple.BODY,
                FetchItem.Simple.SAVEDATE, FetchItem.Simple.RFC822, FetchItem.Simple.RFC822_HEADER,
                FetchItem.Simple.RFC822_TEXT, FetchItem.Simple.INTERNALDATE, FetchItem.Simple.ENVELOPE);
    }

    @Test
    void uidFetchAlwaysAnswersUidFirst() throws Exception {
        assertThat(parse(true, " 1:5 FLAGS").items()).containsExactly(FetchItem.Simple.UID, FetchItem.Simple.FLAGS);
        assertThat(parse(true, " 1:5 (FLAGS UID)").items())
                .containsExactly(FetchItem.Simple.UID, FetchItem.Simple.FLAGS);
    }

    @Test
    void sections() throws Exception {
        FetchItem.BodySection b = (FetchItem.BodySection) items("1 BODY[]").get(0);
        assertThat(b.peek()).isFalse();
        assertThat(b.section()).isEqualTo(Section.WHOLE);
        assertThat(b.responseName()).isEqualTo("BODY[]");
        assertThat(b.setsSeen()).isTrue();

        b = (FetchItem.BodySection) items("1 body.peek[1.2.3.mime]<10.20>").get(0);
        assertThat(b.peek()).isTrue();
        assertThat(b.setsSeen()).isFalse();
        assertThat(b.section().part()).containsExactly(1, 2, 3);
        assertThat(b.section().text()).isEqualTo(Section.Text.MIME);
        assertThat(b.partial()).isEqualTo(new FetchItem.Partial(10, 20));
        assertThat(b.responseName()).isEqualTo("BODY[1.2.3.MIME]<10>");

        b = (FetchItem.BodySection) items("1 (BODY.PEEK[2.HEADER.FIELDS.NOT (Subject \"X-Odd\" {5+}\r\nlit-1)])")
                .get(0);
        assertThat(b.section().text()).isEqualTo(Section.Text.HEADER_FIELDS_NOT);
        assertThat(b.section().fields()).containsExactly("Subject", "X-Odd", "lit-1");
        assertThat(b.responseName()).isEqualTo("BODY[2.HEADER.FIELDS.NOT (SUBJECT X-ODD LIT-1)]");
        assertThat(b.section().selects("subject")).isFalse();
        assertThat(b.section().selects("From")).isTrue();

        assertThat(((FetchItem.BodySection) items("1 BODY[TEXT]").get(0)).section().text())
                .isEqualTo(Section.Text.TEXT);
        assertThat(((FetchItem.BodySection) items("1 BODY[HEADER]").get(0)).section().text())
                .isEqualTo(Section.Text.HEADER);
        assertThat(items("1 (BODY[1] BODY.PEEK[1] BODY[1])")).hasSize(2);
    }

    @Test
    void malformedRequestsAreRefusedWithAReason() throws Exception {
        assertBad("", "Missing sequence set");
        assertBad(" 1", "Missing fetch attributes");
        assertBad(" 1 (FLAGS", "Missing ')' to close fetch attributes");
        assertBad(" 1 ()", "Missing fetch attribute");
        assertBad(" 1 (ALL)", "Fetch macro ALL cannot be used inside a list");
        assertBad(" 1 FOO", "Unknown fetch attribute FOO");
        assertBad(" 1 BODY.PEEK", "BODY.PEEK needs a section, such as BODY.PEEK[]");
        assertBad(" 1 BODY[1.]", "Invalid section 1.: ends with '.'");
        assertBad(" 1 BODY[0]", "Invalid section part number '0'");
        assertBad(" 1 BODY[MIME]", "Invalid section MIME: it needs a part number, such as 1.MIME");
        assertBad(" 1 BODY[HEADER.FIELDS ()]", "Header field list is empty");
        assertBad(" 1 BODY[HEADER.FIELDS (A:B)]", "Invalid header field name 'A:B'");
        assertBad(" 1 BODY[TEXT", "Missing ']' to close the section");
        assertBad(" 1 BODY[]<1.0>", "Partial count must not be zero");
        assertBad(" 1 BODY[]<1>", "Invalid partial: expected <origin.count>");
        assertBad(" 1 BODY[]<1.2", "Invalid partial: expected '>'");
        assertBad(" 1 BODY[]<1234567890123456789.2>", "Invalid partial: partial origin is out of range");
        assertThat(((FetchItem.BodySection) items("1 BODY[]<99999999999.2>").get(0)).partial().origin())
                .isEqualTo(99_999_999_999L);
        assertBad(" 1 FLAGS extra", "Unexpected extra arguments");
        assertBad(" 0 FLAGS", "Sequence set must not be zero");
    }

    private static void assertBad(String arguments, String reason) {
        assertThatThrownBy(() -> parse(false, arguments)).hasMessage(reason);
    }

    @Test
    void condstoreModifiersAndTheModseqItem() throws Exception {
        assertThat(items("1 (FLAGS MODSEQ)")).containsExactly(FetchItem.Simple.FLAGS, FetchItem.Simple.MODSEQ);
        FetchRequest changed = parse(false, " 1:* (FLAGS) (CHANGEDSINCE 12345)");
        assertThat(changed.modifiers().changedSince()).hasValue(12345);
        assertThat(changed.modifiers().vanished()).isFalse();
        assertThat(changed.items()).as("CHANGEDSINCE implies MODSEQ")
                .containsExactly(FetchItem.Simple.FLAGS, FetchItem.Simple.MODSEQ);
        assertThat(changed.modifiers().wants(12345)).isFalse();
        assertThat(changed.modifiers().wants(12346)).isTrue();
        assertThat(parse(false, " 1 (FLAGS MODSEQ) (changedsince 3)").items())
                .containsExactly(FetchItem.Simple.FLAGS, FetchItem.Simple.MODSEQ);
        FetchRequest vanished = parse(true, " 1:* FLAGS (VANISHED CHANGEDSINCE 7)");
        assertThat(vanished.modifiers().vanished()).isTrue();
        assertThat(vanished.items()).containsExactly(FetchItem.Simple.UID, FetchItem.Simple.FLAGS,
                FetchItem.Simple.MODSEQ);
        assertThat(parse(false, " 1 FLAGS").modifiers()).isEqualTo(FetchModifiers.NONE);
    }

    @Test
    void condstoreModifierErrors() {
        assertBad(" 1 FLAGS (CHANGEDSINCE 0)", "CHANGEDSINCE modseq must not be zero");
        assertBad(" 1 FLAGS (CHANGEDSINCE 9223372036854775808)", "CHANGEDSINCE modseq is out of range");
        assertBad(" 1 FLAGS (CHANGEDSINCE 1 CHANGEDSINCE 2)", "CHANGEDSINCE is given twice");
        assertBad(" 1 FLAGS (CHANGEDSINCE 1 VANISHED)", "VANISHED is a modifier of UID FETCH only");
        assertBad(" 1 FLAGS (FOO)", "Unknown fetch modifier FOO");
        assertThatThrownBy(() -> parse(true, " 1 FLAGS (VANISHED)")).hasMessage("VANISHED needs CHANGEDSINCE");
        assertThatThrownBy(() -> parse(true, " 1 FLAGS (VANISHED VANISHED CHANGEDSINCE 1)"))
                .hasMessage("VANISHED is given twice");
        assertThatThrownBy(() -> parse(false, " 1 FLAGS ()")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> parse(false, " 1 FLAGS (CHANGEDSINCE 1")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> parse(false, " 1 FLAGS (CHANGEDSINCE x)")).isInstanceOf(Exception.class);
    }
}
