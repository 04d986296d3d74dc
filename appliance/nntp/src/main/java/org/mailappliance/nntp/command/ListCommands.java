package org.mailappliance.nntp.command;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.text.NewsDates;
import org.mailappliance.nntp.text.Wildmat;

/**
 * LIST ACTIVE / ACTIVE.TIMES / NEWSGROUPS / OVERVIEW.FMT / HEADERS, NEWGROUPS and NEWNEWS (RFC 3977 §7.3, §7.4,
 * §7.6, §8.4, §8.6). Listed groups are those the client may see ({@code l}); a group's status is {@code y} when the
 * client may post to it and {@code n} otherwise.
 */
final class ListCommands {
    static final List<String> OVERVIEW_FORMAT = List.of("Subject:", "From:", "Date:", "Message-ID:", "References:",
            ":bytes", ":lines");

    private final Newsgroups newsgroups;
    private final Clock clock;

    ListCommands(Newsgroups newsgroups, Clock clock) {
        this.newsgroups = newsgroups;
        this.clock = clock;
    }

    void list(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        String keyword = c.count() == 0 ? "ACTIVE" : c.keyword(0);
        if (c.count() > 2) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        switch (keyword) {
            case "ACTIVE", "ACTIVE.TIMES", "NEWSGROUPS" -> {
                Optional<Wildmat> wildmat = c.count() == 2 ? Wildmat.parse(c.arg(1)) : Optional.of(Wildmat.all());
                if (wildmat.isEmpty()) {
                    Reply.status(conn, 501, "Syntax error in wildmat");
                    return;
                }
                List<GroupInfo> groups = newsgroups.list(s.userid()).stream()
                        .filter(g -> wildmat.get().matches(g.name())).toList();
                Reply.status(conn, 215, keyword.equals("NEWSGROUPS") ? "Descriptions in form \"group description\""
                        : "List of newsgroups follows");
                for (GroupInfo g : groups) {
                    Reply.line(conn, switch (keyword) {
                        case "ACTIVE" -> active(g);
                        case "ACTIVE.TIMES" -> g.name() + " " + g.created().getEpochSecond() + " "
                                + s.settings().newsMaster();
                        default -> g.name() + "\t" + g.description().replaceAll("[\\r\\n\\t]+", " ");
                    });
                }
                Reply.end(conn);
            }
            case "OVERVIEW.FMT" -> fixed(s, c, "Order of fields in overview database", OVERVIEW_FORMAT);
            case "HEADERS" -> {
                if (c.count() == 2 && !c.keyword(1).equals("MSGID") && !c.keyword(1).equals("RANGE")) {
                    Reply.status(conn, 501, "Syntax error");
                    return;
                }
                // ":" means HDR can fetch any header (RFC 3977 §8.6): the rest comes from the message file
                Reply.status(conn, 215, "Header and metadata list follows");
                for (String line : List.of(":", ":bytes", ":lines")) {
                    Reply.line(conn, line);
                }
                Reply.end(conn);
            }
            default -> Reply.status(conn, 501, "Unknown LIST keyword");
        }
    }

    private static void fixed(NntpSession s, CommandLine c, String text, List<String> lines) {
        if (c.count() != 1) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        Reply.status(s.connection(), 215, text);
        lines.forEach(l -> Reply.line(s.connection(), l));
        Reply.end(s.connection());
    }

    static String active(GroupInfo g) {
        return g.name() + " " + g.high() + " " + g.low() + " " + (g.canPost() ? "y" : "n");
    }

    void newGroups(NntpSession s, CommandLine c) {
        Optional<Instant> since = since(s, c, 0);
        if (since.isEmpty()) {
            return;
        }
        Reply.status(s.connection(), 231, "List of new newsgroups follows");
        for (GroupInfo g : newsgroups.list(s.userid())) {
            if (!g.created().isBefore(since.get())) {
                Reply.line(s.connection(), active(g));
            }
        }
        Reply.end(s.connection());
    }

    /** Message-ids of articles that arrived since the date in readable groups matching the wildmat. */
    void newNews(NntpSession s, CommandLine c) {
        if (c.count() < 1) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        Optional<Wildmat> wildmat = Wildmat.parse(c.arg(0));
        if (wildmat.isEmpty()) {
            Reply.status(s.connection(), 501, "Syntax error in wildmat");
            return;
        }
        Optional<Instant> since = since(s, c, 1);
        if (since.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (GroupInfo g : newsgroups.list(s.userid())) {
            if (g.canRead() && wildmat.get().matches(g.name()) && g.count() > 0) {
                for (Overview o : newsgroups.overview(g.name(), g.low(), g.high())) {
                    if (o.messageId() != null && !o.messageId().isBlank() && !o.arrived().isBefore(since.get())) {
                        ids.add(o.messageId().strip());
                    }
                }
            }
        }
        Reply.status(s.connection(), 230, "List of new articles follows");
        ids.forEach(id -> Reply.line(s.connection(), id));
        Reply.end(s.connection());
    }

    /** {@code date time [GMT]} starting at argument {@code first}; writes 501 and answers empty when malformed. */
    private Optional<Instant> since(NntpSession s, CommandLine c, int first) {
        int n = c.count() - first;
        if (n < 2 || n > 3 || (n == 3 && !c.keyword(first + 2).equals("GMT"))) {
            Reply.status(s.connection(), 501, "Syntax error");
            return Optional.empty();
        }
        Optional<Instant> t = NewsDates.parse(c.arg(first), c.arg(first + 1), clock.instant());
        if (t.isEmpty()) {
            Reply.status(s.connection(), 501, "Syntax error in date or time");
        }
        return t;
    }
}
