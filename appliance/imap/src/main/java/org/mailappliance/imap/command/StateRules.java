package org.mailappliance.imap.command;

import java.util.Set;
import org.mailappliance.imap.session.SessionState;

/** Why a command may not run in the current state, in the words a client author expects. */
public final class StateRules {
    private StateRules() {
    }

    /** Null when the command is allowed, else the text of the {@code tag BAD} answer. */
    public static String refusal(CommandDefinition<?> command, SessionState current) {
        Set<SessionState> allowed = command.states();
        if (allowed.contains(current)) {
            return null;
        }
        if (current == SessionState.NOT_AUTHENTICATED) {
            return "Please log in first (" + command.name() + " needs an authenticated session)";
        }
        if (allowed.equals(CommandDefinition.NOT_AUTHENTICATED)) {
            return "Already authenticated (" + command.name() + " is only valid before login)";
        }
        if (current == SessionState.AUTHENTICATED && allowed.equals(CommandDefinition.SELECTED)) {
            return "No mailbox selected (" + command.name() + " needs SELECT or EXAMINE first)";
        }
        return command.name() + " is not valid in the " + current.name().toLowerCase().replace('_', ' ') + " state";
    }
}
