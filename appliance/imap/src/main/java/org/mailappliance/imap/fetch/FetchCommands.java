package org.mailappliance.imap.fetch;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;

/** Installs FETCH and UID FETCH. */
public final class FetchCommands {
    private FetchCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
    }
}
