package org.mailappliance.imap.search;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;

/** Installs SEARCH and UID SEARCH. */
public final class SearchCommands {
    private SearchCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
    }
}
