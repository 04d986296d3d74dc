package org.mailappliance.imap;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.fetch.FetchCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.MailboxCommands;
import org.mailappliance.imap.search.SearchCommands;
import org.mailappliance.imap.selected.SelectedCommands;
import org.mailappliance.imap.sort.SortCommands;

/** The commands that work on the mail store, installed on top of the core (connection and login) commands. */
public final class MailCommands {
    private MailCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        MailboxCommands.install(registry, store);
        SelectedCommands.install(registry, store);
        FetchCommands.install(registry, store);
        SearchCommands.install(registry, store);
        SortCommands.install(registry, store);
    }
}
