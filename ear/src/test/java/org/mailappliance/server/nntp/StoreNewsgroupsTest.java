package org.mailappliance.server.nntp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.message.AppendResult;
import org.mailappliance.mailstore.testing.StoreTest;
import org.mailappliance.mailstore.testing.TestBackend;
import org.mailappliance.nntp.port.ArticleFile;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.port.PostResult;
import org.mailappliance.nntp.port.Posting;

/** The newsgroups adapter on a real store (H2 and PostgreSQL): newsprefix mapping, ACLs, index queries, posting. */
class StoreNewsgroupsTest {

    private static final String ONE = "Subject: one\r\nFrom: a@example.org\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n"
            + "Message-ID: <one@example.org>\r\n\r\nline 1\r\nline 2\r\n";
    private static final String TWO = "Subject: two\r\nFrom: b@example.org\r\nMessage-ID: <two@example.org>\r\n"
            + "References: <one@example.org>\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\nhi\r\n--x--\r\n";

    private MailStore store;
    private StoreNewsgroups groups;

    private void setUp(TestBackend backend) throws Exception {
        store = backend.openStore();
        Map<String, String> conf = new HashMap<>(backend.imapdConfValues());
        conf.put("newsprefix", "netnews");
        conf.put("temp_path", backend.directory().resolve("tmp").toString());
        groups = new StoreNewsgroups(store, ImapdConf.of(conf));
        shared("netnews.comp.lang.java", "anyone", "lrp");
        shared("netnews.members", "alice", "lr");
        store.mailboxes().deleteAcl("netnews.members", "anyone", Identity.SYSTEM);
        shared("other.folder", "anyone", "lrp");
        store.mailboxes().createUser("alice");
    }

    private void shared(String name, String id, String rights) {
        store.mailboxes().create(name, null, null, Identity.SYSTEM);
        store.mailboxes().setAcl(name, id, rights, Identity.SYSTEM);
    }

    private long append(String mailbox, String message) {
        AppendResult r = store.messages().append(mailbox,
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)), Set.of(), Instant.now());
        return ((AppendResult.Appended) r).uid();
    }

    @StoreTest
    void groupsAreSharedMailboxesBelowTheNewsprefixSeenThroughTheirAcl(TestBackend backend) throws Exception {
        setUp(backend);
        assertThat(groups.list(null)).extracting(GroupInfo::name).containsExactly("comp.lang.java");
        assertThat(groups.list("alice")).extracting(GroupInfo::name).containsExactly("comp.lang.java", "members");
        GroupInfo empty = groups.group("comp.lang.java", null).orElseThrow();
        assertThat(empty.count()).isZero();
        assertThat(empty.high()).isEqualTo(empty.low() - 1);
        assertThat(empty.canRead()).isTrue();
        assertThat(empty.canPost()).isTrue();
        assertThat(groups.group("members", null)).isEmpty();
        assertThat(groups.group("members", "alice").orElseThrow().canPost()).isFalse();
        assertThat(groups.group("other.folder", null)).isEmpty();
        assertThat(groups.group("no.such", null)).isEmpty();
    }

    @StoreTest
    void overviewComesFromTheIndexAndArticlesFromTheirFiles(TestBackend backend) throws Exception {
        setUp(backend);
        long one = append("netnews.comp.lang.java", ONE);
        long two = append("netnews.comp.lang.java", TWO);
        GroupInfo g = groups.group("comp.lang.java", null).orElseThrow();
        assertThat(List.of(g.count(), g.low(), g.high())).containsExactly(2L, one, two);
        assertThat(groups.numbers("comp.lang.java", one + 1, Long.MAX_VALUE)).containsExactly(two);
        assertThat(groups.numbers("comp.lang.java", two, one)).isEmpty();
        List<Overview> o = groups.overview("comp.lang.java", 1, Long.MAX_VALUE);
        assertThat(o).hasSize(2);
        assertThat(o.get(0).subject()).isEqualTo("one");
        assertThat(o.get(0).messageId()).isEqualTo("<one@example.org>");
        assertThat(o.get(0).date()).isEqualTo("Thu, 26 Nov 2026 10:00:00 +0000");
        assertThat(o.get(0).bytes()).isEqualTo(ONE.length());
        assertThat(o.get(0).lines()).isEqualTo(2);
        assertThat(o.get(1).references()).isEqualTo("<one@example.org>");
        assertThat(o.get(1).lines()).isEqualTo(-1);
        ArticleFile file = groups.article("comp.lang.java", one).orElseThrow();
        assertThat(Files.readString(file.file())).isEqualTo(ONE);
        assertThat(file.headerSize()).isEqualTo(ONE.indexOf("\r\n\r\n") + 4);
        assertThat(groups.article("comp.lang.java", two + 5)).isEmpty();
        assertThat(groups.byMessageId("<two@example.org>", null).orElseThrow().number()).isEqualTo(two);
        assertThat(groups.byMessageId("<nope@example.org>", null)).isEmpty();
    }

    @StoreTest
    void messageIdLookupHonoursReadRights(TestBackend backend) throws Exception {
        setUp(backend);
        append("netnews.members", ONE);
        append("user.alice", TWO);
        assertThat(groups.byMessageId("<one@example.org>", null)).isEmpty();
        assertThat(groups.byMessageId("<one@example.org>", "alice").orElseThrow().group()).isEqualTo("members");
        // a personal mailbox is never a group, whoever asks
        assertThat(groups.byMessageId("<two@example.org>", "alice")).isEmpty();
    }

    @StoreTest
    void postsAreDeliveredToEveryGroupThroughTheDeliveryPath(TestBackend backend) throws Exception {
        setUp(backend);
        byte[] body = "From: p@example.org\r\nNewsgroups: comp.lang.java,members\r\nSubject: hi\r\n\r\nbody\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] added = "Message-ID: <posted@example.org>\r\n".getBytes(StandardCharsets.UTF_8);
        PostResult r = groups.post(new Posting(List.of("comp.lang.java", "members"), "<posted@example.org>", added,
                () -> new ByteArrayInputStream(body), body.length), "alice");
        assertThat(r).isEqualTo(new PostResult.Posted(List.of("comp.lang.java", "members")));
        Overview o = groups.overview("members", 1, Long.MAX_VALUE).get(0);
        assertThat(o.messageId()).isEqualTo("<posted@example.org>");
        assertThat(o.subject()).isEqualTo("hi");
        ArticleFile f = groups.article("members", o.number()).orElseThrow();
        assertThat(Files.readString(f.file())).startsWith("Message-ID: <posted@example.org>\r\nFrom: p@example.org");
        assertThat(backend.directory().resolve("tmp")).as("the article streams into the store: no spool copy")
                .doesNotExist();
    }

    @StoreTest
    void aFeedSeesEveryCarriedGroupAndArticleWhateverTheAcl(TestBackend backend) throws Exception {
        setUp(backend);
        append("netnews.members", ONE);
        append("user.alice", TWO);
        append("other.folder", TWO.replace("<two@", "<other@"));
        // members is invisible to anonymous readers, but a peer's offer of its article is still unwanted
        assertThat(groups.byMessageId("<one@example.org>", null)).isEmpty();
        assertThat(groups.hasArticle("<one@example.org>")).isTrue();
        // personal mailboxes and mailboxes outside the newsprefix hold no articles
        assertThat(groups.hasArticle("<two@example.org>")).isFalse();
        assertThat(groups.hasArticle("<other@example.org>")).isFalse();
        assertThat(groups.hasArticle("<nope@example.org>")).isFalse();
        assertThat(groups.carries("members")).isTrue();
        assertThat(groups.carries("comp.lang.java")).isTrue();
        assertThat(groups.carries("comp.lang")).isFalse();
        assertThat(groups.carries("other.folder")).isFalse();
        assertThat(groups.carries("no.such")).isFalse();
    }

    @StoreTest
    void aPostToGroupsThatAreGoneFailsForGood(TestBackend backend) throws Exception {
        setUp(backend);
        byte[] body = "From: p@example.org\r\nNewsgroups: gone\r\nSubject: hi\r\n\r\nbody\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Posting p = new Posting(List.of("gone.group"), "<gone@example.org>", new byte[0],
                () -> new ByteArrayInputStream(body), body.length);
        assertThat(groups.post(p, "peer")).isEqualTo(new PostResult.Failed("no such newsgroup", false));
        Posting bad = new Posting(List.of("user.alice"), "<bad@example.org>", new byte[0],
                () -> new ByteArrayInputStream(body), body.length);
        assertThat(groups.post(bad, "peer")).isEqualTo(new PostResult.Failed("no such newsgroup", false));
    }
}
