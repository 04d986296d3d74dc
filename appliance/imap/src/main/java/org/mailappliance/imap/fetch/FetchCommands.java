package org.mailappliance.imap.fetch;

import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.session.SessionState;

/** Installs FETCH and UID FETCH, and advertises SAVEDATE (RFC 8514) once the user is logged in. */
public final class FetchCommands {
    private FetchCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        registry.register(new CommandDefinition<>("FETCH", CommandDefinition.SELECTED, new FetchParser(false)::parse,
                new FetchCommand(store, false)));
        registry.register(new CommandDefinition<>("UID FETCH", CommandDefinition.SELECTED,
                new FetchParser(true)::parse, new FetchCommand(store, true)));
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("SAVEDATE");
            }
        });
    }
}
