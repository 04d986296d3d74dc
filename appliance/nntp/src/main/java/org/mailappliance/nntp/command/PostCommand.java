package org.mailappliance.nntp.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.nntp.feed.FeedIntake;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.PostResult;
import org.mailappliance.nntp.port.Posting;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.stream.HeaderReader;
import org.mailappliance.nntp.text.MessageIds;

/**
 * POST (RFC 3977 §6.3.1): 340, then the article as DOT data (the adapter removes the dot-stuffing and keeps large
 * articles in its spool), then 240 or 441 with the reason. The article needs From, Subject and Newsgroups; the
 * server adds Message-ID, Date and Path when missing, and delivers to every listed group the poster holds {@code p}
 * on, through the store's delivery path. Groups the poster may not post to are skipped; none left is 441.
 */
final class PostCommand {
    private static final Logger LOG = Logger.getLogger(PostCommand.class.getName());
    private static final int MAX_HEADER = 64 * 1024;
    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Newsgroups newsgroups;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PostCommand(Newsgroups newsgroups, Clock clock) {
        this.newsgroups = newsgroups;
        this.clock = clock;
    }

    void start(NntpSession s, CommandLine c) {
        if (c.count() != 0) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        Reply.status(s.connection(), 340, "Send article to be posted");
        s.connection().nextFrame(FrameMode.DOT);
        s.awaitContinuation(frame -> article(s, frame));
    }

    private void article(NntpSession s, Frame frame) {
        Connection conn = s.connection();
        s.endContinuation();
        conn.nextFrame(FrameMode.LINE);
        if (frame.violation() != null || frame.literals().size() != 1) {
            Reply.status(conn, 441, frame.violation() != null && frame.violation().fatal()
                    ? "Posting failed: article too large" : "Posting failed: malformed article");
            return;
        }
        Literal article = frame.literals().get(0);
        String header;
        try {
            header = header(article);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "reading a posted article failed for " + s, e);
            Reply.status(conn, 441, "Posting failed: the article could not be read");
            return;
        }
        if (header == null) {
            Reply.status(conn, 441, "Posting failed: header too long or no body separator");
            return;
        }
        for (String required : List.of("From", "Subject", "Newsgroups")) {
            if (HeaderReader.field(header, required).filter(v -> !v.isBlank()).isEmpty()) {
                Reply.status(conn, 441, "Posting failed: missing " + required + " header");
                return;
            }
        }
        StringBuilder added = new StringBuilder();
        Optional<String> messageId = HeaderReader.field(header, "Message-ID");
        String id;
        if (messageId.isPresent()) {
            id = messageId.get();
            if (!MessageIds.valid(id)) {
                Reply.status(conn, 441, "Posting failed: malformed Message-ID");
                return;
            }
            if (newsgroups.byMessageId(id, s.userid()).isPresent()) {
                Reply.status(conn, 441, "Posting failed: duplicate Message-ID " + id);
                return;
            }
        } else {
            id = newMessageId(s);
            added.append("Message-ID: ").append(id).append("\r\n");
        }
        if (HeaderReader.field(header, "Date").isEmpty()) {
            added.append("Date: ").append(DATE.format(clock.instant())).append("\r\n");
        }
        if (HeaderReader.field(header, "Path").isEmpty()) {
            added.append("Path: ").append(s.settings().serverName()).append('!')
                    .append(s.authenticated() ? s.userid() : "not-for-mail").append("\r\n");
        }
        List<String> named = FeedIntake.newsgroupNames(HeaderReader.field(header, "Newsgroups").orElseThrow());
        List<String> targets = new ArrayList<>();
        for (String name : named) {
            Optional<GroupInfo> g = newsgroups.group(name, s.userid());
            if (g.isPresent() && g.get().canPost()) {
                targets.add(g.get().name());
            }
        }
        if (targets.isEmpty()) {
            Reply.status(conn, 441, "Posting failed: posting to " + String.join(",", named) + " is not allowed"
                    + (s.authenticated() ? "" : " (try AUTHINFO)"));
            return;
        }
        PostResult result = newsgroups.post(new Posting(targets, id,
                added.toString().getBytes(StandardCharsets.UTF_8), article::open, article.size()), s.userid());
        if (result instanceof PostResult.Posted posted && !posted.groups().isEmpty()) {
            LOG.info(() -> "posted " + id + " to " + posted.groups() + " by " + s);
            Reply.status(conn, 240, "Article received OK " + id);
        } else {
            String reason = result instanceof PostResult.Failed f ? f.reason() : "no group accepted it";
            Reply.status(conn, 441, "Posting failed: " + reason);
        }
    }

    /** The header block (up to the blank line) as text, or null when there is no blank line within the limit. */
    private static String header(Literal article) throws IOException {
        try (InputStream in = article.open()) {
            byte[] head = in.readNBytes(MAX_HEADER);
            String text = new String(head, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            int endLf = text.indexOf("\n\n");
            if (end < 0 && endLf < 0) {
                // an article that is all header (no body) is complete when it fits
                return head.length < MAX_HEADER ? text : null;
            }
            int cut = end < 0 ? endLf + 1 : endLf < 0 ? end + 2 : Math.min(end + 2, endLf + 1);
            return text.substring(0, cut);
        }
    }

    private String newMessageId(NntpSession s) {
        return "<" + Long.toString(clock.millis(), 36) + "." + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)
                + "@" + s.settings().serverName() + ">";
    }
}
