package org.mailappliance.nntp.command;

import java.net.InetSocketAddress;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.nntp.feed.FeedIntake;
import org.mailappliance.nntp.feed.FeedIntake.Verdict;
import org.mailappliance.nntp.feed.Feeders;
import org.mailappliance.nntp.session.Continuation;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.text.MessageIds;

/**
 * The feeder side: IHAVE (RFC 3977 §6.3.2) and MODE STREAM, CHECK, TAKETHIS (RFC 4644), for the {@code newspeer}
 * host and admins only (502 for anybody else). The decisions are {@link FeedIntake}'s; this class says them in each
 * command's codes. TAKETHIS's article follows the command unasked, so it is always read (as DOT data) before the
 * answer, even when the answer is 501 or 502. A TAKETHIS that fails for a passing reason (store down, group over
 * quota) has no "try later" code: as INN does, 400 and the connection closes, and the peer offers the article again
 * on its next connection.
 */
final class FeedCommands {
    private final Feeders feeders;
    private final FeedIntake intake;

    FeedCommands(Feeders feeders, FeedIntake intake) {
        this.feeders = feeders;
        this.intake = intake;
    }

    boolean allowed(NntpSession s) {
        return feeders.allowed(s);
    }

    /** MODE STREAM: the streaming commands work without it too (RFC 4644 §2.2); it only confirms them. */
    void modeStream(NntpSession s) {
        if (feeders.allowed(s)) {
            Reply.status(s.connection(), 203, "Streaming permitted");
        } else {
            Reply.status(s.connection(), 502, "Permission denied: not a news peer");
        }
    }

    void ihave(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (!feeders.allowed(s)) {
            Reply.status(conn, 502, "Permission denied: not a news peer");
            return;
        }
        if (c.count() != 1 || !MessageIds.valid(c.arg(0))) {
            Reply.status(conn, 501, "Syntax error: IHAVE <message-id>");
            return;
        }
        String id = c.arg(0);
        switch (intake.offer(id)) {
            case HAVE -> Reply.status(conn, 435, "Article not wanted: already have " + id);
            case LATER -> Reply.status(conn, 436, "Transfer not possible; try again later");
            case WANTED -> {
                if (!intake.transfers().claim(id)) {
                    Reply.status(conn, 436, "Transfer not possible; try again later");
                    return;
                }
                Reply.status(conn, 335, "Send article to be transferred");
                conn.nextFrame(FrameMode.DOT);
                s.awaitContinuation(new Article(s, id, true) {
                    @Override
                    void answer(Verdict v) {
                        switch (v.kind()) {
                            case TRANSFERRED -> Reply.status(conn, 235, "Article transferred OK");
                            case RETRY -> Reply.status(conn, 436, "Transfer failed; try again later: " + v.reason());
                            case REJECTED -> Reply.status(conn, 437, "Transfer rejected; do not retry: "
                                    + v.reason());
                        }
                    }
                });
            }
        }
    }

    void check(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (!feeders.allowed(s)) {
            Reply.status(conn, 502, "Permission denied: not a news peer");
            return;
        }
        if (c.count() != 1 || !MessageIds.valid(c.arg(0))) {
            Reply.status(conn, 501, "Syntax error: CHECK <message-id>");
            return;
        }
        String id = c.arg(0);
        switch (intake.offer(id)) {
            case HAVE -> Reply.status(conn, 438, id + " Article not wanted");
            case LATER -> Reply.status(conn, 431, id + " Transfer not possible; try again later");
            case WANTED -> Reply.status(conn, 238, id + " Send article to be transferred");
        }
    }

    void takethis(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        boolean allowed = feeders.allowed(s);
        boolean syntax = c.count() == 1 && MessageIds.valid(c.arg(0));
        String id = c.count() >= 1 ? c.arg(0) : "";
        conn.nextFrame(FrameMode.DOT);
        if (!allowed || !syntax) {
            // the article is on its way whatever we say: read it, drop it, then answer
            s.awaitContinuation(frame -> {
                s.endContinuation();
                conn.nextFrame(FrameMode.LINE);
                if (!allowed) {
                    Reply.status(conn, 502, "Permission denied: not a news peer");
                } else {
                    Reply.status(conn, 501, "Syntax error: TAKETHIS <message-id>");
                }
            });
            return;
        }
        // a concurrent transfer of the same article is not waited for: the store's duplicate check decides
        boolean claimed = intake.transfers().claim(id);
        s.awaitContinuation(new Article(s, id, claimed) {
            @Override
            void answer(Verdict v) {
                switch (v.kind()) {
                    case TRANSFERRED -> Reply.status(conn, 239, id + " Article transferred OK");
                    case REJECTED -> Reply.status(conn, 439, id + " Transfer rejected; do not retry: " + v.reason());
                    case RETRY -> {
                        Reply.status(conn, 400, "Service temporarily unavailable: " + v.reason());
                        s.closing(true);
                    }
                }
            }
        });
    }

    /** Reads the transferred article (DOT data), has it taken, answers, and gives back the Message-ID's claim. */
    private abstract class Article implements Continuation {
        private final NntpSession session;
        private final String messageId;
        private boolean claimed;

        Article(NntpSession session, String messageId, boolean claimed) {
            this.session = session;
            this.messageId = messageId;
            this.claimed = claimed;
        }

        abstract void answer(Verdict verdict);

        @Override
        public void received(Frame frame) {
            session.endContinuation();
            session.connection().nextFrame(FrameMode.LINE);
            try {
                if (frame.violation() != null || frame.literals().size() != 1) {
                    answer(frame.violation() != null && frame.violation().fatal()
                            ? new Verdict(Verdict.Kind.REJECTED, "article too large")
                            : new Verdict(Verdict.Kind.RETRY, "malformed transfer"));
                    return;
                }
                answer(intake.take(messageId, frame.literals().get(0), session.settings().serverName(),
                        feeder(session)));
            } finally {
                abandoned();
            }
        }

        @Override
        public void abandoned() {
            if (claimed) {
                claimed = false;
                intake.transfers().release(messageId);
            }
        }
    }

    private static String feeder(NntpSession s) {
        String who = s.authenticated() ? s.userid() : "peer";
        return s.connection().remoteAddress() instanceof InetSocketAddress a
                ? who + "@" + a.getHostString() : who;
    }
}
