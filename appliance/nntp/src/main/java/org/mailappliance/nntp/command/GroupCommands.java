package org.mailappliance.nntp.command;

import java.util.List;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.text.ArticleRange;

/**
 * GROUP, LISTGROUP, LAST and NEXT (RFC 3977 §6.1). Article numbers are the mailbox's UIDs, so they have gaps where
 * messages were expunged; LAST and NEXT step over the gaps.
 */
final class GroupCommands {
    private final Newsgroups newsgroups;

    GroupCommands(Newsgroups newsgroups) {
        this.newsgroups = newsgroups;
    }

    void group(NntpSession s, CommandLine c) {
        if (c.count() != 1) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        ReadAccess.readable(newsgroups, s, c.arg(0)).ifPresent(g -> {
            select(s, g);
            Reply.status(s.connection(), 211, summary(g));
        });
    }

    void listGroup(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() > 2) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        ArticleRange range = new ArticleRange(1, Long.MAX_VALUE);
        if (c.count() == 2) {
            Optional<ArticleRange> parsed = ArticleRange.parse(c.arg(1));
            if (parsed.isEmpty()) {
                Reply.status(conn, 501, "Syntax error in range");
                return;
            }
            range = parsed.get();
        }
        Optional<GroupInfo> group = c.count() == 0 ? ReadAccess.selected(newsgroups, s)
                : ReadAccess.readable(newsgroups, s, c.arg(0));
        if (group.isEmpty()) {
            return;
        }
        select(s, group.get());
        Reply.status(conn, 211, summary(group.get()) + " list follows");
        if (!range.empty()) {
            for (long n : newsgroups.numbers(group.get().name(), range.low(), range.high())) {
                Reply.line(conn, Long.toString(n));
            }
        }
        Reply.end(conn);
    }

    void last(NntpSession s, CommandLine c) {
        step(s, c, false);
    }

    void next(NntpSession s, CommandLine c) {
        step(s, c, true);
    }

    private void step(NntpSession s, CommandLine c, boolean forward) {
        Connection conn = s.connection();
        if (c.count() != 0) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        Optional<GroupInfo> group = ReadAccess.selected(newsgroups, s);
        if (group.isEmpty()) {
            return;
        }
        long current = s.current();
        if (current < 0) {
            Reply.status(conn, 420, "Current article number is invalid");
            return;
        }
        List<Long> candidates = forward ? newsgroups.numbers(group.get().name(), current + 1, Long.MAX_VALUE)
                : current <= 1 ? List.of() : newsgroups.numbers(group.get().name(), 1, current - 1);
        if (candidates.isEmpty()) {
            Reply.status(conn, forward ? 421 : 422, forward ? "No next article in this group"
                    : "No previous article in this group");
            return;
        }
        long target = forward ? candidates.get(0) : candidates.get(candidates.size() - 1);
        s.current(target);
        Reply.status(conn, 223, target + " " + ArticleCommands.messageId(newsgroups, group.get().name(), target)
                + " retrieved");
    }

    private static void select(NntpSession s, GroupInfo g) {
        s.select(g.name(), g.count() == 0 ? -1 : g.low());
    }

    /** {@code count low high group}, with RFC 3977 §6.1.1.2's values for an empty group. */
    static String summary(GroupInfo g) {
        return g.count() + " " + g.low() + " " + g.high() + " " + g.name();
    }
}
