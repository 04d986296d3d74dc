package org.mailappliance.pop3.command;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.pop3.port.AuthResult;
import org.mailappliance.pop3.port.Maildrop;
import org.mailappliance.pop3.port.MaildropException;
import org.mailappliance.pop3.port.Maildrops;
import org.mailappliance.pop3.port.Pop3Authenticator;
import org.mailappliance.pop3.session.Pop3Session;

/**
 * The AUTHORIZATION state (RFC 1939 §4): USER, PASS, AUTH (RFC 5034, see {@link AuthCommand}), STLS. APOP is not
 * offered: it needs plaintext-equivalent secrets, which the account store does not keep, so (as Cyrus without such
 * secrets) the greeting carries no challenge and APOP is an unrecognized command.
 */
final class AuthorizationCommands {
    private static final Logger LOG = Logger.getLogger(AuthorizationCommands.class.getName());

    private final Pop3Authenticator authenticator;
    private final Maildrops maildrops;

    AuthorizationCommands(Pop3Authenticator authenticator, Maildrops maildrops) {
        this.authenticator = authenticator;
        this.maildrops = maildrops;
    }

    void handle(Pop3Session session, CommandLine command) {
        Connection c = session.connection();
        switch (command.verb()) {
            case "USER" -> {
                if (!command.hasArgument()) {
                    Reply.err(c, "Missing argument");
                } else {
                    user(session, command.argument());
                }
            }
            case "PASS" -> {
                if (!command.hasArgument()) {
                    Reply.err(c, "Missing argument");
                } else {
                    pass(session, command.argument());
                }
            }
            case "AUTH" -> AuthCommand.handle(session, command, userid -> openMaildrop(session, userid));
            case "STLS" -> {
                if (!session.settings().tlsAvailable()) {
                    Reply.err(c, "Unrecognized command");
                } else if (command.hasArgument()) {
                    Reply.err(c, "Unexpected extra argument");
                } else {
                    stls(session);
                }
            }
            default -> Reply.err(c, "Unrecognized command");
        }
    }

    private static void user(Pop3Session session, String login) {
        Connection c = session.connection();
        if (!session.plaintextAllowed()) {
            Reply.err(c, "[AUTH] USER command only available under a layer");
        } else if (session.pendingLogin().isPresent()) {
            Reply.err(c, "[AUTH] Must give PASS command");
        } else {
            session.pendingLogin(login);
            Reply.ok(c, "Name is a valid mailbox");
        }
    }

    private void pass(Pop3Session session, String password) {
        Connection c = session.connection();
        if (session.pendingLogin().isEmpty()) {
            Reply.err(c, "[AUTH] Must give USER command");
            return;
        }
        String login = session.pendingLogin().get();
        session.pendingLogin(null);
        AuthResult result;
        try {
            result = authenticator.verify(login, password, c.secure(), c.remoteAddress());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "authenticator failed for " + session, e);
            result = AuthResult.unavailable("internal error");
        }
        if (result instanceof AuthResult.Success success) {
            openMaildrop(session, success.userid());
        } else if (result instanceof AuthResult.Unavailable) {
            session.loginFailed();
            Reply.err(c, "[SYS/TEMP] Authentication temporarily unavailable");
        } else {
            session.loginFailed();
            Reply.err(c, "[AUTH] Invalid login");
        }
    }

    /** Cyrus openinbox: lock and snapshot the INBOX, or explain with a response code why not. */
    private void openMaildrop(Pop3Session session, String userid) {
        Connection c = session.connection();
        if (!session.admit(userid)) {
            LOG.info(() -> "POP3 login of " + userid + " from " + c.remoteAddress() + " refused: session limit");
            Reply.err(c, "[SYS/TEMP] Too many sessions for this user or from this address");
            return;
        }
        Maildrop maildrop;
        try {
            maildrop = maildrops.open(userid);
        } catch (MaildropException.InUse e) {
            session.releaseMaildrop();
            Reply.err(c, "[IN-USE] Unable to lock maildrop: " + e.getMessage());
            return;
        } catch (MaildropException.LoginDelay e) {
            session.releaseMaildrop();
            Reply.err(c, "[LOGIN-DELAY] " + e.getMessage());
            return;
        } catch (MaildropException e) {
            session.releaseMaildrop();
            Reply.err(c, "[SYS/TEMP] Unable to open maildrop: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "opening the maildrop of " + userid + " failed", e);
            session.releaseMaildrop();
            Reply.err(c, "[SYS/TEMP] Unable to open maildrop: internal error");
            return;
        }
        session.loggedIn(userid, maildrop);
        Reply.ok(c, "Mailbox locked and ready SESSIONID=<" + session.sessionId() + ">");
    }

    /** RFC 2595 §4: the reply goes out in clear text; the adapter discards input pipelined after STLS. */
    private static void stls(Pop3Session session) {
        Connection c = session.connection();
        if (c.secure()) {
            Reply.err(c, "Already successfully executed STLS");
            return;
        }
        Reply.ok(c, "Begin TLS negotiation now");
        c.flush();
        c.startTls();
    }
}
