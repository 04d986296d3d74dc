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
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.imap.session.SessionState;

/** Installs SEARCH and UID SEARCH, and advertises ESEARCH, WITHIN and SAVEDATE after login. */
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
                        caps.add("WITHIN");
                        caps.add("SAVEDATE");
                    }
                });
    }

    private static void handle(CommandContext context, SearchRequest request, MailboxSearch search, boolean uid)
            throws CommandException {
        if (!request.charsetSupported()) {
            throw CommandException.no(BADCHARSET, "Charset " + request.charset() + " is not supported");
        }
        if (request.returnOptions() != null && request.returnOptions().contains(SearchRequest.ReturnOption.SAVE)) {
            throw CommandException.bad("RETURN (SAVE) is not supported");
        }
        if (!uid) {
            // the MSNs in the answer must stay valid: no EXPUNGE until the client has them
            context.withholdExpunges();
        }
        SelectedMailbox view = context.session().selected();
        MailboxSearch.Result result = search.run(request.key(), view, view::isRecent, new long[0]);
        LOG.fine(() -> "SEARCH " + view.internalName() + ": " + result.examined() + " messages, "
                + result.indexReads() + " index reads, " + result.fileReads() + " files read, "
                + result.uids().length + " matches");
        long[] uids = result.uids();
        long[] numbers = uid ? uids : msns(view, uids);
        boolean rev2 = context.session().isEnabled("IMAP4REV2");
        if (request.returnOptions() == null && !rev2) {
            SearchResponse.search(context.out(), numbers);
        } else {
            Set<SearchRequest.ReturnOption> options = request.returnOptions() == null
                    || request.returnOptions().isEmpty()
                    ? EnumSet.of(SearchRequest.ReturnOption.ALL) : request.returnOptions();
            SearchResponse.esearch(context.out(), context.tag(), uid, options, numbers);
        }
        context.ok((uid ? "UID SEARCH" : "SEARCH") + " completed");
    }

    private static long[] msns(SelectedMailbox view, long[] uids) {
        long[] out = new long[uids.length];
        for (int i = 0; i < uids.length; i++) {
            out[i] = view.msnOf(uids[i]);
        }
        return out;
    }
}
