package org.mailappliance.nntp.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailappliance.connector.api.testing.MemoryLiteral;
import org.mailappliance.nntp.port.Posting;

class RelayedArticleTest {

    private static MemoryLiteral literal(String text) {
        return new MemoryLiteral(text.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    private static String stored(Posting p) throws IOException {
        try (InputStream in = p.open()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void prependsOurPathEntryDropsXrefAndKeepsTheRestOctetForOctet() throws Exception {
        String article = "Xref: old a:1\r\n\tb:2\r\nPATH:\t peer!poster\r\nSubject: caf\u00e9 in latin-1\r\n"
                + "Newsgroups: a\r\nX-Path: not this one\r\n\r\nbody line\r\nXref: in the body stays\r\n";
        RelayedArticle r = RelayedArticle.read(literal(article), "news.example.org");
        assertThat(r.field("Path")).contains("peer!poster");
        Posting p = r.posting(List.of("a"), "<id@x>");
        String out = stored(p);
        assertThat(out).isEqualTo("PATH:\t news.example.org!peer!poster\r\nSubject: caf\u00e9 in latin-1\r\n"
                + "Newsgroups: a\r\nX-Path: not this one\r\n\r\nbody line\r\nXref: in the body stays\r\n");
        assertThat(p.size()).isEqualTo(out.length());
        // each delivery attempt opens the article afresh
        assertThat(stored(p)).isEqualTo(out);
    }

    @Test
    void bareLineFeedsAndAnArticleThatIsAllHeader() throws Exception {
        RelayedArticle lf = RelayedArticle.read(literal("Path: p\nNewsgroups: a\n\nbody\n"), "me");
        assertThat(stored(lf.posting(List.of("a"), "<i@x>"))).isEqualTo("Path: me!p\nNewsgroups: a\n\nbody\n");
        RelayedArticle head = RelayedArticle.read(literal("Path: p\r\nNewsgroups: a\r\n"), "me");
        assertThat(stored(head.posting(List.of("a"), "<i@x>"))).isEqualTo("Path: me!p\r\nNewsgroups: a\r\n");
    }

    @Test
    void aHeaderBeyondTheLimitIsMalformed() {
        char[] filler = new char[RelayedArticle.MAX_HEADER];
        Arrays.fill(filler, 'x');
        String article = "Path: p\r\nX-Long: " + new String(filler) + "\r\n\r\nbody\r\n";
        assertThatThrownBy(() -> RelayedArticle.read(literal(article), "me"))
                .isInstanceOf(RelayedArticle.Malformed.class).hasMessageContaining("header too long");
    }

    @Test
    void pathLoopsAndNewsgroupLists() {
        assertThat(FeedIntake.pathNames("a!News.Example.Org!b", "news.example.org")).isTrue();
        assertThat(FeedIntake.pathNames("a!news.example.org.evil!b", "news.example.org")).isFalse();
        assertThat(FeedIntake.newsgroupNames(" a, b ,a,, c")).containsExactly("a", "b", "c");
    }
}
