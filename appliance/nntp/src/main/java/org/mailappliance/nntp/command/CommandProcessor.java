package org.mailappliance.nntp.command;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.nntp.feed.FeedIntake;
import org.mailappliance.nntp.feed.Feeders;
import org.mailappliance.nntp.feed.PeerAddresses;
import org.mailappliance.nntp.feed.Transfers;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NewsgroupsException;
import org.mailappliance.nntp.port.NntpAuthenticator;
import org.mailappliance.nntp.session.NntpSession;

/**
 * Answers one command line: session commands (CAPABILITIES, MODE, DATE, HELP, QUIT, STARTTLS), AUTHINFO, and the
 * reader commands, which anonymous clients may use too (what they see is decided per group by the ACL), and the
 * feeder commands of news peers (IHAVE, CHECK, TAKETHIS). An unknown
 * command is 500 and a bad argument 501; the session always continues. While a continuation runs (AUTHINFO SASL,
 * POST's article) the frame is its input instead. A store outage becomes 403 for that command only.
 */
public final class CommandProcessor {
    private static final Logger LOG = Logger.getLogger(CommandProcessor.class.getName());

    private final SessionCommands session;
    private final AuthinfoCommands authinfo;
    private final GroupCommands groups;
    private final ArticleCommands articles;
    private final ListCommands lists;
    private final OverviewCommands overview;
    private final PostCommand post;
    private final FeedCommands feed;

    /** @param peers where the {@code newspeer} host is, for deciding who may feed articles */
    public CommandProcessor(Newsgroups newsgroups, NntpAuthenticator authenticator, Clock clock,
                            PeerAddresses peers) {
        this.feed = new FeedCommands(new Feeders(peers), new FeedIntake(newsgroups, new Transfers()));
        this.session = new SessionCommands(clock, feed);
        this.authinfo = new AuthinfoCommands(authenticator);
        this.groups = new GroupCommands(newsgroups);
        this.articles = new ArticleCommands(newsgroups);
        this.lists = new ListCommands(newsgroups, clock);
        this.overview = new OverviewCommands(newsgroups);
        this.post = new PostCommand(newsgroups, clock);
    }

    public void process(NntpSession s, Frame frame) {
        String what = "continuation";
        try {
            if (s.continuation().isPresent()) {
                s.continuation().get().received(frame);
                return;
            }
            if (frame.violation() != null) {
                Reply.status(s.connection(), 501, frame.violation() == Violation.LINE_TOO_LONG
                        ? "Line too long" : "Syntax error");
                return;
            }
            CommandLine command = CommandLine.parse(frame.firstLine());
            what = command.verb();
            dispatch(s, command);
        } catch (NewsgroupsException e) {
            LOG.log(Level.WARNING, what + " failed for " + s, e);
            Reply.status(s.connection(), 403, "Internal fault: the news store is unavailable");
        }
    }

    private void dispatch(NntpSession s, CommandLine c) {
        switch (c.verb()) {
            case "CAPABILITIES" -> session.capabilities(s, c);
            case "MODE" -> session.mode(s, c);
            case "DATE" -> session.date(s, c);
            case "HELP" -> session.help(s, c);
            case "QUIT" -> session.quit(s, c);
            case "STARTTLS" -> session.startTls(s, c);
            case "AUTHINFO" -> authinfo.handle(s, c);
            case "GROUP" -> groups.group(s, c);
            case "LISTGROUP" -> groups.listGroup(s, c);
            case "LAST" -> groups.last(s, c);
            case "NEXT" -> groups.next(s, c);
            case "ARTICLE", "HEAD", "BODY", "STAT" -> articles.handle(s, c);
            case "LIST" -> lists.list(s, c);
            case "NEWGROUPS" -> lists.newGroups(s, c);
            case "NEWNEWS" -> {
                if (s.settings().allowNewNews()) {
                    lists.newNews(s, c);
                } else {
                    // as Cyrus without allownewnews: the command does not exist here
                    Reply.status(s.connection(), 500, "Unknown command");
                }
            }
            case "OVER", "XOVER" -> overview.over(s, c);
            case "HDR", "XHDR" -> overview.hdr(s, c);
            case "XPAT" -> overview.xpat(s, c);
            case "POST" -> post.start(s, c);
            case "IHAVE" -> feed.ihave(s, c);
            case "CHECK" -> feed.check(s, c);
            case "TAKETHIS" -> feed.takethis(s, c);
            default -> Reply.status(s.connection(), 500, "Unknown command");
        }
    }
}
