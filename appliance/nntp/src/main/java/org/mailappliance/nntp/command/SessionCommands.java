package org.mailappliance.nntp.command;

import java.time.Clock;
import java.util.List;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.session.NntpSettings;
import org.mailappliance.nntp.text.NewsDates;

/**
 * CAPABILITIES, MODE READER/STREAM, DATE, HELP, QUIT and STARTTLS (RFC 3977 §5, §7.1, §7.2; RFC 4642, RFC 4644
 * §2.3). IHAVE and STREAMING are listed only to clients that may feed articles.
 */
final class SessionCommands {
    private static final List<String> HELP = List.of(
            "ARTICLE [message-id|number]", "AUTHINFO USER name|PASS password|SASL mechanism [initial-response]",
            "BODY [message-id|number]", "CAPABILITIES", "CHECK message-id", "DATE", "GROUP newsgroup",
            "HDR header [message-id|range]", "HEAD [message-id|number]", "HELP", "IHAVE message-id", "LAST",
            "LIST [ACTIVE|ACTIVE.TIMES|NEWSGROUPS [wildmat]]|OVERVIEW.FMT|HEADERS [MSGID|RANGE]",
            "LISTGROUP [newsgroup [range]]", "MODE READER|STREAM", "NEWGROUPS [yy]yymmdd hhmmss [GMT]",
            "NEWNEWS wildmat [yy]yymmdd hhmmss [GMT]", "NEXT", "OVER [message-id|range]", "POST", "QUIT",
            "STARTTLS", "STAT [message-id|number]", "TAKETHIS message-id", "XHDR header [message-id|range]",
            "XOVER [range]", "XPAT header message-id|range pattern [pattern ...]");

    private final Clock clock;
    private final FeedCommands feed;

    SessionCommands(Clock clock, FeedCommands feed) {
        this.clock = clock;
        this.feed = feed;
    }

    void capabilities(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        Reply.status(conn, 101, "Capability list:");
        for (String line : capabilityLines(s, feed.allowed(s))) {
            Reply.line(conn, line);
        }
        Reply.end(conn);
    }

    /**
     * What this session may use now: AUTHINFO and STARTTLS disappear once used (RFC 4643 §2.2, RFC 4642 §2.2);
     * {@code feeding}: the client may feed articles (IHAVE, STREAMING).
     */
    static List<String> capabilityLines(NntpSession s, boolean feeding) {
        NntpSettings settings = s.settings();
        List<String> lines = new java.util.ArrayList<>(List.of("VERSION 2", "READER", "POST"));
        if (settings.allowNewNews()) {
            lines.add("NEWNEWS");
        }
        lines.add("HDR");
        lines.add("OVER MSGID");
        lines.add("XPAT");
        if (feeding) {
            lines.add("IHAVE");
            lines.add("STREAMING");
        }
        lines.add("LIST ACTIVE ACTIVE.TIMES NEWSGROUPS OVERVIEW.FMT HEADERS");
        if (settings.showProduct()) {
            lines.add("IMPLEMENTATION " + NntpSettings.PRODUCT + " NNTP " + settings.version());
        }
        if (!s.authenticated()) {
            if (settings.tlsAvailable() && !s.connection().secure()) {
                lines.add("STARTTLS");
            }
            List<String> mechanisms = s.saslMechanisms();
            String authinfo = (s.plaintextAllowed() ? " USER" : "") + (mechanisms.isEmpty() ? "" : " SASL");
            if (!authinfo.isEmpty()) {
                lines.add("AUTHINFO" + authinfo);
            }
            if (!mechanisms.isEmpty()) {
                lines.add("SASL " + String.join(" ", mechanisms));
            }
        }
        return lines;
    }

    /**
     * This server is always in reader mode: MODE READER just confirms it (RFC 3977 §5.3). MODE STREAM is for news
     * peers (RFC 4644 §2.3).
     */
    void mode(NntpSession s, CommandLine c) {
        if (c.count() != 1) {
            Reply.status(s.connection(), 501, "Syntax error");
        } else if (c.keyword(0).equals("READER")) {
            Reply.status(s.connection(), 200, "Posting allowed");
        } else if (c.keyword(0).equals("STREAM")) {
            feed.modeStream(s);
        } else {
            Reply.status(s.connection(), 501, "Unknown MODE variant");
        }
    }

    void date(NntpSession s, CommandLine c) {
        if (c.count() != 0) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        Reply.status(s.connection(), 111, NewsDates.format(clock.instant()));
    }

    void help(NntpSession s, CommandLine c) {
        Reply.status(s.connection(), 100, "Help text follows");
        for (String line : HELP) {
            Reply.line(s.connection(), "  " + line);
        }
        Reply.end(s.connection());
    }

    void quit(NntpSession s, CommandLine c) {
        Reply.status(s.connection(), 205, "Connection closing");
        s.closing(true);
    }

    /** RFC 4642: only before authentication and once; the reply goes out in clear text, then TLS starts. */
    void startTls(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() != 0) {
            Reply.status(conn, 501, "Syntax error");
        } else if (conn.secure() || s.authenticated()) {
            Reply.status(conn, 502, "Command unavailable: " + (conn.secure() ? "TLS is already active"
                    : "already authenticated"));
        } else if (!s.settings().tlsAvailable()) {
            Reply.status(conn, 580, "Can not initiate TLS negotiation");
        } else {
            Reply.status(conn, 382, "Continue with TLS negotiation");
            conn.flush();
            conn.startTls();
            // RFC 4642 §2.2.2: forget what was learned before TLS (a pending AUTHINFO USER)
            s.pendingUser(null);
        }
    }
}
