package org.mailappliance.nntp.command;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.ArticleFile;
import org.mailappliance.nntp.port.ArticleRef;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.stream.ArticleSender;
import org.mailappliance.nntp.text.ArticleRange;
import org.mailappliance.nntp.text.MessageIds;

/**
 * ARTICLE, HEAD, BODY and STAT (RFC 3977 §6.2) by number, by message-id, or of the current article. By number the
 * current article moves there; by message-id it stays, and the reply names article number 0. The text streams from
 * the message file.
 */
final class ArticleCommands {
    private static final Logger LOG = Logger.getLogger(ArticleCommands.class.getName());

    private final Newsgroups newsgroups;

    ArticleCommands(Newsgroups newsgroups) {
        this.newsgroups = newsgroups;
    }

    void handle(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() > 1) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        if (c.count() == 1 && MessageIds.looksLikeOne(c.arg(0))) {
            byMessageId(s, c.verb(), c.arg(0));
            return;
        }
        long number = -1;
        if (c.count() == 1) {
            Optional<ArticleRange> n = ArticleRange.parse(c.arg(0));
            if (n.isEmpty() || n.get().low() != n.get().high()) {
                Reply.status(conn, 501, "Syntax error in article number");
                return;
            }
            number = n.get().low();
        }
        Optional<GroupInfo> group = ReadAccess.selected(newsgroups, s);
        if (group.isEmpty()) {
            return;
        }
        if (number < 0) {
            if (s.current() < 0) {
                Reply.status(conn, 420, "Current article number is invalid");
                return;
            }
            number = s.current();
        }
        Optional<ArticleFile> file = newsgroups.article(group.get().name(), number);
        if (file.isEmpty()) {
            Reply.status(conn, c.count() == 0 ? 420 : 423, c.count() == 0 ? "Current article number is invalid"
                    : "No article with that number");
            return;
        }
        s.current(number);
        send(s, c.verb(), number, messageId(newsgroups, group.get().name(), number), file.get());
    }

    private void byMessageId(NntpSession s, String verb, String messageId) {
        if (!MessageIds.valid(messageId)) {
            Reply.status(s.connection(), 501, "Syntax error in message-id");
            return;
        }
        Optional<ArticleRef> ref = newsgroups.byMessageId(messageId, s.userid());
        Optional<ArticleFile> file = ref.flatMap(r -> newsgroups.article(r.group(), r.number()));
        if (file.isEmpty()) {
            Reply.status(s.connection(), 430, "No article with that message-id");
            return;
        }
        send(s, verb, 0, messageId, file.get());
    }

    private static void send(NntpSession s, String verb, long number, String messageId, ArticleFile file) {
        Connection conn = s.connection();
        String id = number + " " + messageId;
        ArticleSender.Part part;
        switch (verb) {
            case "STAT" -> {
                Reply.status(conn, 223, id);
                return;
            }
            case "HEAD" -> {
                part = ArticleSender.Part.HEAD;
                Reply.status(conn, 221, id + " head");
            }
            case "BODY" -> {
                part = ArticleSender.Part.BODY;
                Reply.status(conn, 222, id + " body");
            }
            default -> {
                part = ArticleSender.Part.ARTICLE;
                Reply.status(conn, 220, id + " article");
            }
        }
        try {
            ArticleSender.send(file, part, conn);
        } catch (IOException e) {
            // after the status line a truncated block cannot be repaired: close rather than lie with a final dot
            LOG.log(Level.WARNING, "reading " + file.file() + " failed for " + s, e);
            s.closing(true);
        }
    }

    /** The article's Message-ID from the overview cache, or {@code <0>} when it has none (RFC 3977 §6.2.1.2). */
    static String messageId(Newsgroups newsgroups, String group, long number) {
        List<Overview> o = newsgroups.overview(group, number, number);
        String id = o.isEmpty() ? null : o.get(0).messageId();
        return id == null || id.isBlank() ? "<0>" : id.strip();
    }
}
