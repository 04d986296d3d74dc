package org.mailappliance.imap.command;

import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.imap.session.SessionState;
import org.mailappliance.sasl.Mechanisms;

/**
 * Installs the connection-level commands (CAPABILITY, NOOP, LOGOUT, ID, STARTTLS, LOGIN, AUTHENTICATE) and the
 * capabilities that go with them. Mailbox commands are registered on top of these by later modules.
 */
public final class CoreCommands {
    private CoreCommands() {
    }

    /** A registry holding only the core commands, without SASL (AUTHENTICATE answers NO). */
    public static CommandRegistry registry(Authenticator authenticator) {
        return registry(authenticator, null);
    }

    /** A registry holding the core commands; with {@code mechanisms} (may be null) AUTHENTICATE runs SASL. */
    public static CommandRegistry registry(Authenticator authenticator, Mechanisms mechanisms) {
        CommandRegistry registry = new CommandRegistry();
        install(registry, authenticator, mechanisms);
        return registry;
    }

    public static void install(CommandRegistry registry, Authenticator authenticator) {
        install(registry, authenticator, null);
    }

    /** Installs the core commands; {@code mechanisms} null means no SASL, as before it existed. */
    public static void install(CommandRegistry registry, Authenticator authenticator, Mechanisms mechanisms) {
        registry.register(BasicCommands.capability(registry))
                .register(BasicCommands.noop())
                .register(BasicCommands.logout())
                .register(IdCommand.definition())
                .register(StartTlsCommand.definition())
                .register(LoginCommand.definition(authenticator, registry))
                .register(mechanisms == null ? AuthenticateCommand.unsupported()
                        : AuthenticateCommand.definition(mechanisms, registry));
        registry.advertise((session, caps) -> {
                    caps.add("IMAP4rev1");
                    // RFC 9051 Appendix A: both, as Cyrus 3.10+; a client speaks rev2 only after ENABLE IMAP4rev2
                    caps.add("IMAP4rev2");
                    caps.add(session.settings().literalMinus() ? "LITERAL-" : "LITERAL+");
                    caps.add("ID");
                })
                .advertise((session, caps) -> {
                    if (preAuth(session) && !session.secure() && session.settings().tlsAvailable()
                            && !session.connection().compressed()) {
                        caps.add("STARTTLS");
                    }
                    if (preAuth(session) && !session.settings().plaintextLoginAllowed(session.secure())) {
                        caps.add("LOGINDISABLED");
                    }
                });
        if (mechanisms != null) {
            registry.advertise((session, caps) -> {
                if (preAuth(session)) {
                    for (String m : AuthenticateCommand.offered(mechanisms, session)) {
                        caps.add("AUTH=" + m);
                    }
                    caps.add("SASL-IR");
                }
            });
        }
    }

    private static boolean preAuth(ImapSession session) {
        return session.state() == SessionState.NOT_AUTHENTICATED;
    }
}
