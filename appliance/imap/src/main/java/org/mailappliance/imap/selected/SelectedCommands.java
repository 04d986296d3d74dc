package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.session.SessionState;

/** Installs SELECT, EXAMINE, CLOSE, UNSELECT, EXPUNGE, UID EXPUNGE, CHECK, STORE, COPY, MOVE (and UID forms), APPEND, IDLE, ENABLE. */
public final class SelectedCommands {
    private SelectedCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        registry.register(SelectCommand.select(store))
                .register(SelectCommand.examine(store))
                .register(ExpungeCommands.close(store))
                .register(ExpungeCommands.unselect())
                .register(ExpungeCommands.check())
                .register(ExpungeCommands.expunge(store))
                .register(ExpungeCommands.uidExpunge(store))
                .register(StoreCommand.definition(store, false))
                .register(StoreCommand.definition(store, true))
                .register(CopyMoveCommand.definition(store, "COPY", false, false))
                .register(CopyMoveCommand.definition(store, "COPY", true, false))
                .register(CopyMoveCommand.definition(store, "MOVE", false, true))
                .register(CopyMoveCommand.definition(store, "MOVE", true, true))
                .register(AppendCommand.definition(store))
                .register(IdleCommand.definition())
                .register(EnableCommand.definition());
        // advertised after login only, as Cyrus does for these
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("ENABLE");
                caps.add("IDLE");
                caps.add("MOVE");
                caps.add("MULTIAPPEND");
                caps.add("UIDPLUS");
                caps.add("UNSELECT");
                if (session.settings().maxMessageSize() > 0) {
                    caps.add("APPENDLIMIT=" + session.settings().maxMessageSize());
                }
            }
        });
        // RFC 7162, after login as Cyrus: SELECT/EXAMINE, STORE, FETCH, SEARCH and ENABLE handle both
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add(Condstore.CONDSTORE);
                caps.add(Condstore.QRESYNC);
            }
        });
    }
}
