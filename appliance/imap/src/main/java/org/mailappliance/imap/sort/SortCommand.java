package org.mailappliance.imap.sort;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.search.CriteriaSearch;
import org.mailappliance.imap.search.SearchCriteria;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.SortRecord;

/**
 * SORT and UID SORT: select the messages as SEARCH would, read their sort records for the whole selection at once
 * (kept in memory by the store between commands), order them, answer.
 */
final class SortCommand {
    private static final Logger LOG = Logger.getLogger(SortCommand.class.getName());

    private final MessageStore messages;
    private final CriteriaSearch search;
    private final ResultCache<int[]> results;

    SortCommand(MessageStore messages, CriteriaSearch search, ResultCache<int[]> results) {
        this.messages = messages;
        this.search = search;
        this.results = results;
    }

    void handle(CommandContext context, SortRequest request, boolean uid) throws CommandException {
        SelectedMailbox view = context.session().selected();
        Set<SortRequest.ReturnOption> options = request.returnOptions();
        boolean save = options != null && options.contains(SortRequest.ReturnOption.SAVE);
        if (!request.search().charsetSupported()) {
            if (save) {
                // RFC 5182 §2.1: a failed command with SAVE leaves an empty saved result
                view.saveResult(new long[0]);
            }
            throw CommandException.no(SearchCriteria.BADCHARSET, "Charset " + request.search().charset()
                    + " is not supported");
        }
        if (!uid) {
            // the sequence numbers in the answer must stay valid until the client has them
            context.withholdExpunges();
        }
        long start = System.nanoTime();
        long[] uids = search.uids(request.search(), view);
        int[] order = results.get(view.internalName(), view.uidValidity(), request.criteria(), uids);
        if (order == null) {
            SortRecord[] records = messages.sortRecords(view.internalName(), uids);
            order = Sorter.sort(records, request.criteria());
            results.put(view.internalName(), view.uidValidity(), request.criteria(), uids, order);
        }
        long[] sortedUids = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedUids[i] = uids[order[i]];
        }
        LOG.fine(() -> "SORT " + view.internalName() + ": " + uids.length + " messages in "
                + (System.nanoTime() - start) / 1000 + " us");
        if (save) {
            view.saveResult(savedPart(options, sortedUids));
        }
        long[] numbers = uid ? sortedUids : msns(view, sortedUids);
        if (options == null) {
            SortResponse.sort(context.out(), numbers);
        } else if (!(save && options.size() == 1)) {
            // RETURN () means ALL (RFC 4731 §3.1, taken over by RFC 5267)
            Set<SortRequest.ReturnOption> shown = options.isEmpty() ? EnumSet.of(SortRequest.ReturnOption.ALL)
                    : options;
            SortResponse.esearch(context.out(), context.tag(), uid, shown, numbers);
        }
        context.ok((uid ? "UID SORT" : "SORT") + " completed");
    }

    /**
     * What SAVE keeps (RFC 5182 §2.1): every match, unless MIN and/or MAX are the only other options, then just the
     * messages they name (the lowest and highest, see {@link SortResponse}). Saved as ascending UIDs: $ is a set.
     */
    private static long[] savedPart(Set<SortRequest.ReturnOption> options, long[] sortedUids) {
        long[] part = sortedUids.clone();
        java.util.Arrays.sort(part);
        boolean all = options.contains(SortRequest.ReturnOption.ALL)
                || options.contains(SortRequest.ReturnOption.COUNT);
        boolean min = options.contains(SortRequest.ReturnOption.MIN);
        boolean max = options.contains(SortRequest.ReturnOption.MAX);
        if (all || (!min && !max) || part.length == 0) {
            return part;
        }
        if (min && max && part.length > 1) {
            return new long[] {part[0], part[part.length - 1]};
        }
        return new long[] {min ? part[0] : part[part.length - 1]};
    }

    static long[] msns(SelectedMailbox view, long[] uids) {
        long[] out = new long[uids.length];
        for (int i = 0; i < uids.length; i++) {
            out[i] = view.msnOf(uids[i]);
        }
        return out;
    }
}
