package org.mailappliance.nntp.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Literal;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NewsgroupsException;
import org.mailappliance.nntp.port.PostResult;
import org.mailappliance.nntp.text.MessageIds;

/**
 * The decisions of a news feed, whatever command carries it (IHAVE, or CHECK and TAKETHIS): whether an offered
 * article is wanted, and whether a transferred one is taken. A transferred article needs the header fields RFC 5536
 * makes mandatory, the offered Message-ID, a Path that does not already name this server, and at least one listed
 * newsgroup that this server carries; it is then filed into every carried group it lists (whatever their ACLs: the
 * peer is trusted by configuration) through the same delivery path as POST. The replies' codes are the commands'.
 */
public final class FeedIntake {
    private static final Logger LOG = Logger.getLogger(FeedIntake.class.getName());
    private static final List<String> MANDATORY = List.of("From", "Subject", "Date", "Newsgroups", "Path");

    /** What to say to an offer. */
    public enum Offer { WANTED, HAVE, LATER }

    /** What became of a transferred article: taken, failed for now (send again later), or refused for good. */
    public record Verdict(Kind kind, String reason) {
        public enum Kind { TRANSFERRED, RETRY, REJECTED }

        static Verdict transferred() {
            return new Verdict(Kind.TRANSFERRED, "");
        }

        static Verdict retry(String reason) {
            return new Verdict(Kind.RETRY, reason);
        }

        static Verdict rejected(String reason) {
            return new Verdict(Kind.REJECTED, reason);
        }
    }

    private final Newsgroups newsgroups;
    private final Transfers transfers;

    public FeedIntake(Newsgroups newsgroups, Transfers transfers) {
        this.newsgroups = newsgroups;
        this.transfers = transfers;
    }

    public Transfers transfers() {
        return transfers;
    }

    /** An article offered by Message-ID (already checked to be one): here already, arriving elsewhere, or wanted. */
    public Offer offer(String messageId) {
        if (transfers.busy(messageId)) {
            return Offer.LATER;
        }
        try {
            return newsgroups.hasArticle(messageId) ? Offer.HAVE : Offer.WANTED;
        } catch (NewsgroupsException e) {
            LOG.log(Level.WARNING, "cannot look up offered article " + messageId, e);
            return Offer.LATER;
        }
    }

    /**
     * Takes the article the peer sent for {@code offeredId}. {@code pathIdentity} is this server's name in Path,
     * {@code feeder} names the peer in the logs.
     */
    public Verdict take(String offeredId, Literal article, String pathIdentity, String feeder) {
        RelayedArticle relayed;
        try {
            relayed = RelayedArticle.read(article, pathIdentity);
        } catch (RelayedArticle.Malformed e) {
            return Verdict.rejected(e.getMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "reading the article " + offeredId + " from " + feeder + " failed", e);
            return Verdict.retry("the article could not be read");
        }
        Optional<String> id = relayed.field("Message-ID");
        if (id.isEmpty() || id.get().isBlank()) {
            return Verdict.rejected("no Message-ID header");
        }
        if (!id.get().equals(offeredId)) {
            return Verdict.rejected("Message-ID " + abbreviate(id.get()) + " is not the one offered");
        }
        for (String name : MANDATORY) {
            if (relayed.field(name).filter(v -> !v.isBlank()).isEmpty()) {
                return Verdict.rejected("no " + name + " header");
            }
        }
        if (pathNames(relayed.field("Path").orElseThrow(), pathIdentity)) {
            return Verdict.rejected("Path already names " + pathIdentity);
        }
        try {
            return file(relayed, offeredId, feeder);
        } catch (NewsgroupsException e) {
            LOG.log(Level.WARNING, "filing " + offeredId + " from " + feeder + " failed", e);
            return Verdict.retry("the news store is unavailable");
        }
    }

    private Verdict file(RelayedArticle relayed, String messageId, String feeder) {
        if (newsgroups.hasArticle(messageId)) {
            return Verdict.rejected("duplicate: already have " + messageId);
        }
        List<String> listed = newsgroupNames(relayed.field("Newsgroups").orElseThrow());
        List<String> carried = new ArrayList<>();
        for (String group : listed) {
            if (newsgroups.carries(group)) {
                carried.add(group);
            }
        }
        if (carried.isEmpty()) {
            return Verdict.rejected("no newsgroup carried here");
        }
        PostResult result = newsgroups.post(relayed.posting(carried, messageId), feeder);
        if (result instanceof PostResult.Posted posted && !posted.groups().isEmpty()) {
            LOG.info(() -> "fed " + messageId + " to " + posted.groups() + " by " + feeder);
            return Verdict.transferred();
        }
        if (result instanceof PostResult.Failed f && !f.temporary()) {
            return Verdict.rejected(f.reason());
        }
        return Verdict.retry(result instanceof PostResult.Failed f ? f.reason() : "no group accepted it");
    }

    /** The comma-separated names of a Newsgroups value, once each, in order. */
    public static List<String> newsgroupNames(String value) {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            String n = name.strip();
            if (!n.isEmpty() && !names.contains(n)) {
                names.add(n);
            }
        }
        return names;
    }

    /** Whether a Path value already holds this server's path identity (the article went round: RFC 5537 §3.6). */
    static boolean pathNames(String path, String identity) {
        for (String entry : path.split("!")) {
            if (entry.strip().equalsIgnoreCase(identity)) {
                return true;
            }
        }
        return false;
    }

    /** Message-IDs from the header are the peer's text: keep them short and printable in replies. */
    private static String abbreviate(String s) {
        String printable = MessageIds.valid(s) ? s : s.replaceAll("[^\\x21-\\x7e]", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "..." : printable;
    }
}
