package org.mailappliance.imap.command;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.session.AuthResult;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.imap.session.LoginContext;

/** LOGIN userid password (RFC 9051 §6.2.3), with the responses of RFC 5530. */
final class LoginCommand implements CommandHandler<LoginCommand.Credentials> {
    private static final Logger LOG = Logger.getLogger(LoginCommand.class.getName());

    /** The decoded arguments; the password array is wiped after the attempt. */
    record Credentials(String user, char[] password) {
    }

    private final Authenticator authenticator;
    private final CommandRegistry registry;

    private LoginCommand(Authenticator authenticator, CommandRegistry registry) {
        this.authenticator = authenticator;
        this.registry = registry;
    }

    /** The answer when maxlogins_per_user or maxlogins_per_host refuse a login (also used by AUTHENTICATE). */
    static final String TOO_MANY_SESSIONS = "Too many sessions for this user or from this address; log out elsewhere first";

    static CommandDefinition<Credentials> definition(Authenticator authenticator, CommandRegistry registry) {
        return new CommandDefinition<>("LOGIN", CommandDefinition.NOT_AUTHENTICATED, LoginCommand::parse,
                new LoginCommand(authenticator, registry));
    }

    static Credentials parse(ImapReader r) throws ParseException {
        r.space("user name");
        String user = r.astring("user name");
        r.space("password");
        String password = r.astring("password");
        return new Credentials(user, password.toCharArray());
    }

    @Override
    public void handle(CommandContext ctx, Credentials credentials) throws CommandException {
        ImapSession session = ctx.session();
        try {
            if (!session.settings().plaintextLoginAllowed(session.secure())) {
                throw CommandException.no(ResponseCode.PRIVACYREQUIRED, session.settings().tlsAvailable()
                        ? "Plaintext login is not allowed on an unencrypted connection; use STARTTLS first"
                        : "Plaintext login is not allowed on an unencrypted connection");
            }
            LoginContext where = new LoginContext(session.connection().service(),
                    session.connection().remoteAddress(), session.secure());
            AuthResult result = authenticator.authenticate(credentials.user(), credentials.password(), where);
            if (result instanceof AuthResult.Success success) {
                if (!session.authenticated(success.userId())) {
                    LOG.info(() -> "login: " + success.userId() + " from " + where.remote() + " refused: session limit");
                    throw CommandException.no(ResponseCode.LIMIT, TOO_MANY_SESSIONS);
                }
                LOG.info(() -> "login: " + success.userId() + " from " + where.remote() + " on " + where.service()
                        + (where.secure() ? " (TLS)" : " (plaintext)"));
                ctx.ok(ResponseCode.capability(registry.capabilities(session)), "User logged in");
            } else if (result instanceof AuthResult.Unavailable unavailable) {
                LOG.warning(() -> "login for " + credentials.user() + " from " + where.remote()
                        + " could not be checked: " + unavailable.logReason());
                // paused too: while a back end is down, wrong guesses must not become free
                session.loginFailed();
                throw CommandException.no(ResponseCode.UNAVAILABLE,
                        "Authentication is temporarily unavailable; try again later");
            } else {
                AuthResult.Failure failure = (AuthResult.Failure) result;
                LOG.log(Level.INFO, () -> "failed login for " + credentials.user() + " from " + where.remote()
                        + ": " + failure.logReason());
                session.loginFailed();
                throw CommandException.no(ResponseCode.AUTHENTICATIONFAILED, "Invalid credentials");
            }
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
    }
}
