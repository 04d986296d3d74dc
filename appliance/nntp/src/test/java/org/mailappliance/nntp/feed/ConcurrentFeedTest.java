package org.mailappliance.nntp.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.testing.FakeConnection;
import org.mailappliance.connector.api.testing.MemoryLiteral;
import org.mailappliance.nntp.NntpEngine;
import org.mailappliance.nntp.testing.FakeNewsgroups;
import org.mailappliance.nntp.testing.MutableClock;

/**
 * Two peer connections on one engine: while one transfers an article, the other's offer of it is "try later"; a
 * transfer dropped mid-article stores nothing and frees the article for the next offer. Also: the newspeer host is
 * matched by name through the resolver.
 */
class ConcurrentFeedTest {
    private static final String ARTICLE = "Path: peer!poster\r\nFrom: a@example.org\r\nNewsgroups: misc.test\r\n"
            + "Subject: s\r\nDate: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <a@peer>\r\n\r\nbody\r\n";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private FakeNewsgroups store;
    private NntpEngine engine;

    @BeforeEach
    void setUp() {
        store = new FakeNewsgroups(dir, clock);
        store.group("misc.test", "lr", "lr", "");
        ImapdConf conf = ImapdConf.of(Map.of("servername", "news.example.org", "newspeer", "feed@peer.example"));
        PeerAddresses peers = new PeerAddresses(host -> {
            if (!host.equals("peer.example")) {
                throw new java.net.UnknownHostException(host);
            }
            return new java.net.InetAddress[] {java.net.InetAddress.getByName("192.0.2.10"),
                    java.net.InetAddress.getByName("192.0.2.11")};
        }, clock);
        engine = new NntpEngine(conf, store, store, null, clock, peers);
    }

    private FakeConnection connect(String ip) {
        FakeConnection c = new FakeConnection("nntp", List.of("nntpd"), false, ip, false);
        engine.connected(c);
        assertThat(c.takeFlushedLines()).hasSize(1);
        return c;
    }

    private static List<String> send(NntpEngine engine, FakeConnection c, String line) {
        engine.received(c, Frame.line(line.getBytes(StandardCharsets.UTF_8)));
        return c.takeFlushedLines();
    }

    private static List<String> sendArticle(NntpEngine engine, FakeConnection c, String article) {
        engine.received(c, new Frame(List.of(new byte[0], new byte[0]),
                List.of(new MemoryLiteral(article.getBytes(StandardCharsets.UTF_8), false)), null));
        return c.takeFlushedLines();
    }

    @Test
    void anArticleArrivingOnOneConnectionIsTryLaterOnAnother() {
        FakeConnection one = connect("192.0.2.10");
        FakeConnection two = connect("192.0.2.11");
        assertThat(send(engine, one, "IHAVE <a@peer>")).containsExactly("335 Send article to be transferred");
        assertThat(send(engine, two, "IHAVE <a@peer>"))
                .containsExactly("436 Transfer not possible; try again later");
        assertThat(send(engine, two, "CHECK <a@peer>"))
                .containsExactly("431 <a@peer> Transfer not possible; try again later");
        assertThat(sendArticle(engine, one, ARTICLE)).containsExactly("235 Article transferred OK");
        assertThat(send(engine, two, "CHECK <a@peer>")).containsExactly("438 <a@peer> Article not wanted");
        assertThat(store.posts()).containsExactly("misc.test <a@peer>");
    }

    @Test
    void aDroppedTransferStoresNothingAndFreesTheArticle() {
        FakeConnection one = connect("192.0.2.10");
        FakeConnection two = connect("192.0.2.11");
        assertThat(send(engine, one, "IHAVE <a@peer>")).containsExactly("335 Send article to be transferred");
        one.close();
        engine.disconnected(one);
        assertThat(store.posts()).isEmpty();
        assertThat(send(engine, two, "CHECK <a@peer>"))
                .containsExactly("238 <a@peer> Send article to be transferred");
        assertThat(send(engine, two, "TAKETHIS <a@peer>")).isEmpty();
        assertThat(sendArticle(engine, two, ARTICLE)).containsExactly("239 <a@peer> Article transferred OK");
        assertThat(store.posts()).containsExactly("misc.test <a@peer>");
    }

    @Test
    void aClientThatIsNotAtThePeersAddressesMayNotFeed() {
        FakeConnection other = connect("198.51.100.1");
        assertThat(send(engine, other, "IHAVE <a@peer>"))
                .containsExactly("502 Permission denied: not a news peer");
    }
}
