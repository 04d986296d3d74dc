package org.mailappliance.imap.command;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.session.SessionState;

/**
 * One entry of the dispatch table: a command name, the states it is valid in, and its decode and process steps.
 *
 * @param name   upper case, such as {@code LOGIN}
 * @param states where the command is valid
 */
public record CommandDefinition<A>(String name, Set<SessionState> states, CommandParser<A> parser,
                                   CommandHandler<A> handler) {

    /** Valid whenever the session is open (CAPABILITY, NOOP, LOGOUT, ID). */
    public static final Set<SessionState> ANY_STATE =
            EnumSet.of(SessionState.NOT_AUTHENTICATED, SessionState.AUTHENTICATED, SessionState.SELECTED);
    /** Valid only before login (LOGIN, AUTHENTICATE, STARTTLS). */
    public static final Set<SessionState> NOT_AUTHENTICATED = EnumSet.of(SessionState.NOT_AUTHENTICATED);
    /** Valid after login (SELECT, LIST, ...). */
    public static final Set<SessionState> AUTHENTICATED =
            EnumSet.of(SessionState.AUTHENTICATED, SessionState.SELECTED);
    /** Valid with a mailbox selected (FETCH, STORE, ...). */
    public static final Set<SessionState> SELECTED = EnumSet.of(SessionState.SELECTED);

    public CommandDefinition {
        name = name.toUpperCase(Locale.ROOT);
        states = Set.copyOf(states);
    }

    /** A command without arguments. */
    public static CommandDefinition<Void> withoutArguments(String name, Set<SessionState> states,
                                                           CommandHandler<Void> handler) {
        return new CommandDefinition<>(name, states, CommandParser.none(), handler);
    }
}
