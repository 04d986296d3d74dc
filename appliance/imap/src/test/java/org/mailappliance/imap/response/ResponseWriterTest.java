package org.mailappliance.imap.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.connector.api.testing.FakeConnection;

class ResponseWriterTest {
    private final FakeConnection connection = new FakeConnection("imap", false);
    private final ResponseWriter out = new ResponseWriter(connection);

    private String written() {
        out.flush();
        return connection.takeFlushed();
    }

    @Test
    void statusResponses() {
        out.tagged("a1", Status.OK, ResponseCode.capability(List.of("IMAP4rev1", "ID")), "User logged in");
        out.tagged("a2", Status.NO, ResponseCode.AUTHENTICATIONFAILED, "Invalid credentials");
        out.untagged(Status.BAD, null, "Invalid tag");
        out.bye("Autologout; idle for too long");
        out.continuation("");
        assertThat(written()).isEqualTo("a1 OK [CAPABILITY IMAP4rev1 ID] User logged in\r\n"
                + "a2 NO [AUTHENTICATIONFAILED] Invalid credentials\r\n"
                + "* BAD Invalid tag\r\n"
                + "* BYE Autologout; idle for too long\r\n"
                + "+ Ready\r\n");
    }

    @Test
    void textCannotSplitTheLine() {
        out.tagged("a1", Status.BAD, null, "bad\r\n* OK injected");
        assertThat(written()).isEqualTo("a1 BAD bad  * OK injected\r\n");
    }

    @Test
    void nothingIsSentBeforeFlush() {
        out.untagged(Status.OK, null, "hello");
        assertThat(connection.takeFlushed()).isEmpty();
        assertThat(connection.unflushed()).isPositive();
    }

    @Test
    void stringsAreQuotedOrLiteral() {
        out.untagged().atom("X").string("plain").string("with \"quotes\" and \\").nstring(null)
                .string("two\r\nlines").string("caf\u00e9").end();
        assertThat(written()).isEqualTo("* X \"plain\" \"with \\\"quotes\\\" and \\\\\" NIL {10}\r\ntwo\r\nlines"
                + " {5}\r\ncaf\u00e9\r\n");
    }

    @Test
    void eightBitIsQuotedOnceUtf8IsEnabled() {
        out.utf8(true);
        out.untagged().atom("X").string("caf\u00e9").end();
        assertThat(written()).isEqualTo("* X \"caf\u00e9\"\r\n");
    }

    @Test
    void longStringsGoAsLiterals() {
        String longText = "x".repeat(ResponseLine.MAX_QUOTED + 1);
        out.untagged().atom("X").string(longText).end();
        assertThat(written()).isEqualTo("* X {" + longText.length() + "}\r\n" + longText + "\r\n");
    }

    @Test
    void astringsAndLists() {
        out.untagged().atom("LIST").open().atom("\\HasNoChildren").close().string("/").astring("INBOX").end();
        out.untagged().atom("X").astring("NIL").astring("a b").astring("").open().close().end();
        assertThat(written()).isEqualTo("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* X \"NIL\" \"a b\" \"\" ()\r\n");
    }

    @Test
    void fileBodiesAreStreamedAsLiterals(@TempDir Path dir) throws Exception {
        Path body = dir.resolve("1.");
        Files.writeString(body, "Subject: hi\r\n\r\nbody\r\n");
        out.untagged().number(1).atom("FETCH").open().atom("BODY[]").literal(body, 0, 21).close().end();
        assertThat(written()).isEqualTo("* 1 FETCH (BODY[] {21}\r\nSubject: hi\r\n\r\nbody\r\n)\r\n");
    }

    @Test
    void responseCodesAreValidated() {
        assertThatThrownBy(() -> ResponseCode.of("BAD]CODE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseCode.of("X", "a]b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ResponseCode.of("uidnext", "5").toString()).isEqualTo("[UIDNEXT 5]");
    }
}
