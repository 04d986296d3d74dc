package org.mailappliance.imap.command;

import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs the connection-level commands (CAPABILITY, NOOP, LOGOUT, ID, STARTTLS, LOGIN, AUTHENTICATE) and the
 * capabilities that go with them. Mailbox commands are registered on top of these by later modules.
 */
public final class CoreCommands {
    private CoreCommands() {
    }

    /** A registry holding only the core commands. */
    public static CommandRegistry registry(Authenticator authenticator) {
        CommandRegistry registry = new CommandRegistry();
        install(registry, authenticator);
        return registry;
    }

    public static void install(CommandRegistry registry, Authenticator authenticator) {
        registry.register(BasicCommands.capability(registry))
                .register(BasicCommands.noop())
                .register(BasicCommands.logout())
                .register(IdCommand.definition())
                .register(StartTlsCommand.definition())
                .register(LoginCommand.definition(authenticator, registry))
                .register(AuthenticateCommand.definition());
        registry.advertise((session, caps) -> {
                    caps.add("IMAP4rev1");
                    caps.add(session.settings().literalMinus() ? "LITERAL-" : "LITERAL+");
                    caps.add("ID");
                })
                .advertise((session, caps) -> {
                    if (preAuth(session) && !session.secure() && session.settings().tlsAvailable()) {
                        caps.add("STARTTLS");
                    }
                    if (preAuth(session) && !session.settings().plaintextLoginAllowed(session.secure())) {
                        caps.add("LOGINDISABLED");
                    }
                });
    }

    private static boolean preAuth(ImapSession session) {
        return session.state() == SessionState.NOT_AUTHENTICATED;
    }
}
