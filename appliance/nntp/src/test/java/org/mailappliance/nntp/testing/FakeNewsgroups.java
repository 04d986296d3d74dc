package org.mailappliance.nntp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mailappliance.nntp.port.ArticleFile;
import org.mailappliance.nntp.port.ArticleRef;
import org.mailappliance.nntp.port.AuthResult;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NewsgroupsException;
import org.mailappliance.nntp.port.NntpAuthenticator;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.port.PostResult;
import org.mailappliance.nntp.port.Posting;
import org.mailappliance.nntp.stream.HeaderReader;

/**
 * In-memory newsgroups for engine tests: groups with one set of rights for anonymous clients and one for every
 * logged-in user, articles as files in a temporary directory (overview computed when the article is added, as the
 * store does at delivery), and USER/PASS accounts.
 */
public final class FakeNewsgroups implements Newsgroups, NntpAuthenticator {

    private static final class Group {
        final String name;
        final String anonymousRights;
        final String userRights;
        final Instant created;
        final String description;
        final TreeMap<Long, Article> articles = new TreeMap<>();
        long nextUid = 1;

        Group(String name, String anonymousRights, String userRights, Instant created, String description) {
            this.name = name;
            this.anonymousRights = anonymousRights;
            this.userRights = userRights;
            this.created = created;
            this.description = description;
        }
    }

    private record Article(Path file, long headerSize, Overview overview) {
    }

    private final Path dir;
    private final Clock clock;
    private final Map<String, Group> groups = new TreeMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private boolean down;
    private String postFailure;
    private boolean postFailureTemporary = true;
    private final List<String> posts = new ArrayList<>();

    public FakeNewsgroups(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** Rights as an ACL would give them, e.g. {@code lrp}; {@code -} for none. */
    public void group(String name, String anonymousRights, String userRights, String description) {
        groups.put(name, new Group(name, anonymousRights, userRights, clock.instant(), description));
    }

    public void user(String login, String password) {
        passwords.put(login, password);
    }

    /** Every port call fails from now on (store down). */
    public void down() {
        this.down = true;
    }

    /** Every post fails from now on with this reason (a full quota, a failing disk), for now or for good. */
    public void postFails(String reason, boolean temporary) {
        this.postFailure = reason;
        this.postFailureTemporary = temporary;
    }

    /** The postings delivered, as {@code groups messageId}. */
    public List<String> posts() {
        return posts;
    }

    /** Adds an article with this UID; the group's next UID moves past it. */
    public void article(String group, long uid, byte[] octets) {
        Group g = require(group);
        try {
            Path file = dir.resolve(group + "-" + uid + ".msg");
            Files.write(file, octets);
            String text = new String(octets, StandardCharsets.UTF_8);
            // the header ends at the first empty line, CRLF or bare LF (as the store's parser sees it)
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\r?\n\r?\n").matcher(text);
            int bodyStart = m.find() ? m.end() : -1;
            long headerSize = bodyStart < 0 ? octets.length : text.substring(0, bodyStart)
                    .getBytes(StandardCharsets.UTF_8).length;
            String header = text.substring(0, (int) Math.min(text.length(), headerSize));
            long lines = bodyStart < 0 ? 0 : text.substring(bodyStart).split("\r?\n", -1).length - 1;
            Overview o = new Overview(uid, field(header, "Subject"), field(header, "From"), field(header, "Date"),
                    field(header, "Message-ID"), field(header, "References"), octets.length, lines, clock.instant());
            g.articles.put(uid, new Article(file, headerSize, o));
            g.nextUid = Math.max(g.nextUid, uid + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes an article's file but keeps its record (a file gone missing). */
    public void loseFile(String group, long uid) throws IOException {
        Files.delete(require(group).articles.get(uid).file());
    }

    private static String field(String header, String name) {
        return HeaderReader.field(header, name).orElse(null);
    }

    private Group require(String name) {
        Group g = groups.get(name);
        if (g == null) {
            throw new IllegalArgumentException("no group " + name);
        }
        return g;
    }

    private void check() {
        if (down) {
            throw new NewsgroupsException("the fake store is down");
        }
    }

    private static String rights(Group g, String reader) {
        return reader == null ? g.anonymousRights : g.userRights;
    }

    private static GroupInfo info(Group g, String reader) {
        String r = rights(g, reader);
        long count = g.articles.size();
        long low = count == 0 ? g.nextUid : g.articles.firstKey();
        long high = count == 0 ? g.nextUid - 1 : g.articles.lastKey();
        return new GroupInfo(g.name, count, low, high, g.created, g.description, r.contains("r"), r.contains("p"));
    }

    @Override
    public List<GroupInfo> list(String reader) {
        check();
        return groups.values().stream().filter(g -> rights(g, reader).contains("l")).map(g -> info(g, reader))
                .toList();
    }

    @Override
    public Optional<GroupInfo> group(String name, String reader) {
        check();
        Group g = groups.get(name);
        if (g == null || !(rights(g, reader).contains("l") || rights(g, reader).contains("r"))) {
            return Optional.empty();
        }
        return Optional.of(info(g, reader));
    }

    @Override
    public List<Long> numbers(String group, long low, long high) {
        check();
        if (high < low) {
            return List.of();
        }
        return List.copyOf(require(group).articles.subMap(low, true, high, true).keySet());
    }

    @Override
    public List<Overview> overview(String group, long low, long high) {
        check();
        if (high < low) {
            return List.of();
        }
        return require(group).articles.subMap(low, true, high, true).values().stream().map(Article::overview)
                .toList();
    }

    @Override
    public Optional<ArticleFile> article(String group, long number) {
        check();
        Article a = require(group).articles.get(number);
        return a == null ? Optional.empty() : Optional.of(new ArticleFile(a.file(), a.headerSize()));
    }

    @Override
    public Optional<ArticleRef> byMessageId(String messageId, String reader) {
        check();
        for (Group g : groups.values()) {
            if (!rights(g, reader).contains("r")) {
                continue;
            }
            for (Article a : g.articles.values()) {
                if (messageId.equals(a.overview().messageId())) {
                    return Optional.of(new ArticleRef(g.name, a.overview().number()));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean hasArticle(String messageId) {
        check();
        return groups.values().stream().flatMap(g -> g.articles.values().stream())
                .anyMatch(a -> messageId.equals(a.overview().messageId()));
    }

    @Override
    public boolean carries(String group) {
        check();
        return groups.containsKey(group);
    }

    @Override
    public PostResult post(Posting posting, String poster) {
        check();
        if (postFailure != null) {
            return new PostResult.Failed(postFailure, postFailureTemporary);
        }
        byte[] octets;
        try (InputStream in = posting.open()) {
            octets = in.readAllBytes();
        } catch (IOException e) {
            return new PostResult.Failed("cannot read the article");
        }
        for (String group : posting.groups()) {
            article(group, require(group).nextUid, octets);
        }
        posts.add(String.join(",", posting.groups()) + " " + posting.messageId());
        return new PostResult.Posted(posting.groups());
    }

    @Override
    public AuthResult verify(String login, String password, boolean secure, SocketAddress client) {
        if (down) {
            return AuthResult.unavailable("down");
        }
        return password.equals(passwords.get(login)) ? AuthResult.success(login) : AuthResult.failure();
    }
}
