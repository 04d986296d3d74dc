package org.mailappliance.imap.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.selected.Condstore;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.imap.session.SessionState;

/** Installs SEARCH and UID SEARCH, and advertises ESEARCH, SEARCHRES, WITHIN and SAVEDATE after login. */
public final class SearchCommands {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SearchCommands.class.getName());
    static final ResponseCode BADCHARSET = ResponseCode.of("BADCHARSET", "(" + SearchRequest.SUPPORTED_CHARSETS + ")");

    private SearchCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        install(registry, store, ZoneId.systemDefault(), Clock.systemUTC());
    }

    /** With the time zone that dates are compared in and the clock of OLDER/YOUNGER (tests fix both). */
    public static void install(CommandRegistry registry, ImapStore store, ZoneId zone, Clock clock) {
        MailboxSearch search = new MailboxSearch(store.store().messages(), zone, clock);
        registry.register(new CommandDefinition<>("SEARCH", CommandDefinition.SELECTED, SearchParser.parser(),
                        (context, request) -> handle(context, request, search, false)))
                .register(new CommandDefinition<>("UID SEARCH", CommandDefinition.SELECTED, SearchParser.parser(),
                        (context, request) -> handle(context, request, search, true)))
                .advertise((session, caps) -> {
                    if (session.state() != SessionState.NOT_AUTHENTICATED) {
                        caps.add("ESEARCH");
                        // $ is resolved by the selected view itself, so FETCH, STORE, COPY, MOVE take it too
                        caps.add("SEARCHRES");
                        caps.add("WITHIN");
                        caps.add("SAVEDATE");
                    }
                });
    }

    private static void handle(CommandContext context, SearchRequest request, MailboxSearch search, boolean uid)
            throws CommandException {
        SelectedMailbox view = context.session().selected();
        Set<SearchRequest.ReturnOption> options = request.returnOptions();
        boolean save = options != null && options.contains(SearchRequest.ReturnOption.SAVE);
        if (!request.charsetSupported()) {
            if (save) {
                // RFC 5182 §2.1: a failed SEARCH with SAVE leaves an empty saved result
                SavedResults.save(view, new long[0]);
            }
            throw CommandException.no(BADCHARSET, "Charset " + request.charset() + " is not supported");
        }
        if (!uid) {
            // the MSNs in the answer must stay valid: no EXPUNGE until the client has them
            context.withholdExpunges();
        }
        boolean modSeq = SearchParser.hasModSeq(request.key());
        if (modSeq) {
            Condstore.enable(context);
        }
        MailboxSearch.Result result = search.run(request.key(), view, view::isRecent, SavedResults.uids(view));
        LOG.fine(() -> "SEARCH " + view.internalName() + ": " + result.examined() + " messages, "
                + result.indexReads() + " index reads, " + result.fileReads() + " files read, "
                + result.uids().length + " matches");
        long[] uids = result.uids();
        if (save) {
            SavedResults.save(view, savedPart(options, uids));
        }
        long[] numbers = uid ? uids : msns(view, uids);
        boolean rev2 = context.session().isEnabled("IMAP4REV2");
        if (options == null && !rev2) {
            SearchResponse.search(context.out(), numbers, modSeq ? result.highestModSeq(uids) : 0);
        } else if (!(save && options.size() == 1)) {
            // RETURN (SAVE) alone answers nothing but the tagged OK (RFC 5182 §2.1)
            Set<SearchRequest.ReturnOption> shown = options == null || options.isEmpty()
                    ? EnumSet.of(SearchRequest.ReturnOption.ALL) : options;
            // RFC 7162 §3.1.5: the highest modseq of the messages returned (only those of MIN/MAX when alone)
            long highest = modSeq ? result.highestModSeq(savedPart(shown, uids)) : 0;
            SearchResponse.esearch(context.out(), context.tag(), uid, shown, numbers, highest);
        }
        context.ok((uid ? "UID SEARCH" : "SEARCH") + " completed");
    }

    /**
     * What SAVE keeps: everything, unless MIN and/or MAX are the only other options, then just those messages
     * (RFC 5182 §2.1).
     */
    private static long[] savedPart(Set<SearchRequest.ReturnOption> options, long[] uids) {
        boolean all = options.contains(SearchRequest.ReturnOption.ALL)
                || options.contains(SearchRequest.ReturnOption.COUNT);
        boolean min = options.contains(SearchRequest.ReturnOption.MIN);
        boolean max = options.contains(SearchRequest.ReturnOption.MAX);
        if (all || (!min && !max) || uids.length == 0) {
            return uids;
        }
        if (min && max && uids.length > 1) {
            return new long[] {uids[0], uids[uids.length - 1]};
        }
        return new long[] {min ? uids[0] : uids[uids.length - 1]};
    }

    private static long[] msns(SelectedMailbox view, long[] uids) {
        long[] out = new long[uids.length];
        for (int i = 0; i < uids.length; i++) {
            out[i] = view.msnOf(uids[i]);
        }
        return out;
    }
}
