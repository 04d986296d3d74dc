package org.mailappliance.imap.thread;

import java.util.List;
import java.util.logging.Logger;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.search.CriteriaSearch;
import org.mailappliance.imap.search.SearchCriteria;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.imap.sort.ResultCache;
import org.mailappliance.mailstore.message.MessageStore;
import org.mailappliance.mailstore.message.SortRecord;

/** THREAD and UID THREAD: the selection as SEARCH makes it, its sort records read at once, threaded, answered. */
public final class ThreadCommand {
    private static final Logger LOG = Logger.getLogger(ThreadCommand.class.getName());

    private final MessageStore messages;
    private final CriteriaSearch search;
    private final ResultCache<List<ThreadNode>> results;

    public ThreadCommand(MessageStore messages, CriteriaSearch search, ResultCache<List<ThreadNode>> results) {
        this.messages = messages;
        this.search = search;
        this.results = results;
    }

    public void handle(CommandContext context, ThreadRequest request, boolean uid) throws CommandException {
        SelectedMailbox view = context.session().selected();
        if (!request.search().charsetSupported()) {
            throw CommandException.no(SearchCriteria.BADCHARSET, "Charset " + request.search().charset()
                    + " is not supported");
        }
        if (!uid) {
            context.withholdExpunges();
        }
        long start = System.nanoTime();
        long[] uids = search.uids(request.search(), view);
        List<ThreadNode> cached = results.get(view.internalName(), view.uidValidity(), request.algorithm(), uids);
        List<ThreadNode> threads;
        if (cached != null) {
            threads = cached;
        } else {
            SortRecord[] records = messages.sortRecords(view.internalName(), uids);
            threads = List.copyOf(request.algorithm().thread(records));
            results.put(view.internalName(), view.uidValidity(), request.algorithm(), uids, threads);
        }
        long[] numbers = uids;
        if (!uid) {
            numbers = new long[uids.length];
            for (int i = 0; i < uids.length; i++) {
                numbers[i] = view.msnOf(uids[i]);
            }
        }
        ThreadResponse.write(context.out(), threads, numbers);
        LOG.fine(() -> "THREAD " + request.algorithm() + " " + view.internalName() + ": " + uids.length
                + " messages, " + threads.size() + " threads in " + (System.nanoTime() - start) / 1000 + " us");
        context.ok((uid ? "UID THREAD" : "THREAD") + " completed");
    }
}
