package org.mailappliance.imap.sort;

import java.time.Clock;
import java.time.ZoneId;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.search.CriteriaSearch;
import org.mailappliance.imap.session.SessionState;
import org.mailappliance.imap.thread.ThreadAlgorithm;
import org.mailappliance.imap.thread.ThreadCommand;
import org.mailappliance.imap.thread.ThreadParser;

/**
 * Installs SORT, UID SORT, THREAD and UID THREAD, and advertises after login what Cyrus 3.6 does for them: SORT,
 * SORT=DISPLAY, ESORT, THREAD=ORDEREDSUBJECT and THREAD=REFERENCES.
 */
public final class SortCommands {
    /**
     * SORT (and, separately, THREAD) results kept for repeats on an unchanged mailbox; the system property
     * {@code appliance.sort.cache.results} changes it (0: none, to measure the uncached path).
     */
    static final int RESULTS_KEPT = Integer.getInteger("appliance.sort.cache.results", 64);

    private SortCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        install(registry, store, ZoneId.systemDefault(), Clock.systemUTC());
    }

    /** With the time zone and clock the search keys use (as SEARCH gets them). */
    public static void install(CommandRegistry registry, ImapStore store, ZoneId zone, Clock clock) {
        var messages = store.store().messages();
        CriteriaSearch search = new CriteriaSearch(messages, zone, clock);
        // a few results per mailbox a user keeps open (one order per sort criteria in use, two thread trees)
        SortCommand sort = new SortCommand(messages, search, new ResultCache<>(RESULTS_KEPT));
        ThreadCommand thread = new ThreadCommand(messages, search, new ResultCache<>(RESULTS_KEPT));
        registry.register(new CommandDefinition<>("SORT", CommandDefinition.SELECTED, new SortParser(),
                        (context, request) -> sort.handle(context, request, false)))
                .register(new CommandDefinition<>("UID SORT", CommandDefinition.SELECTED, new SortParser(),
                        (context, request) -> sort.handle(context, request, true)))
                .register(new CommandDefinition<>("THREAD", CommandDefinition.SELECTED, new ThreadParser(),
                        (context, request) -> thread.handle(context, request, false)))
                .register(new CommandDefinition<>("UID THREAD", CommandDefinition.SELECTED, new ThreadParser(),
                        (context, request) -> thread.handle(context, request, true)))
                .advertise((session, caps) -> {
                    if (session.state() != SessionState.NOT_AUTHENTICATED) {
                        caps.add("SORT");
                        caps.add("SORT=DISPLAY");
                        caps.add("ESORT");
                        for (ThreadAlgorithm a : ThreadAlgorithm.values()) {
                            caps.add("THREAD=" + a.name());
                        }
                    }
                });
    }
}
