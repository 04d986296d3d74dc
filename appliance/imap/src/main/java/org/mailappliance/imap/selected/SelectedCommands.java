package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;

/** Installs SELECT, EXAMINE, CLOSE, UNSELECT, EXPUNGE, UID EXPUNGE, CHECK, STORE, COPY, MOVE (and UID forms), APPEND, IDLE, ENABLE. */
public final class SelectedCommands {
    private SelectedCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        registry.register(SelectCommand.select(store))
                .register(SelectCommand.examine(store));
    }
}
