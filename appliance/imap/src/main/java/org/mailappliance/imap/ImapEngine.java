package org.mailappliance.imap;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.command.CoreCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.names.CyrusNaming;
import org.mailappliance.imap.names.DomainNaming;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.Authenticator;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.imap.session.ImapSettings;
import org.mailappliance.imap.session.SessionState;
import org.mailappliance.imap.session.SettingsSource;
import org.mailappliance.sasl.CredentialStore;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;

/**
 * The IMAP protocol engine. One instance serves every connection (it is immutable after construction and
 * thread-safe); each connection's {@link ImapSession} lives in {@link Connection#attachment()}. The methods mirror
 * {@code ProtocolListener}, so an MDB only forwards its calls here. No method throws: failures become IMAP responses
 * and log records.
 */
public final class ImapEngine implements ProtocolListener {
    private static final Logger LOG = Logger.getLogger(ImapEngine.class.getName());

    private final SettingsSource settings;
    private final CommandRegistry commands;
    private final Dispatcher dispatcher;
    private final LoginGuard guard;

    /** The engine with the core commands, settings read from imapd.conf per service. */
    public ImapEngine(ImapdConf conf, Authenticator authenticator) {
        this(SettingsSource.cached(conf), CoreCommands.registry(authenticator), LoginGuard.fromConfigOrDefault(conf));
    }

    /**
     * The engine with the core commands and SASL: AUTHENTICATE runs the mechanisms of {@code sasl_mech_list}
     * against {@code credentials}, and CAPABILITY advertises them (AUTH=...) with SASL-IR. A null store gives the
     * engine of {@link #ImapEngine(ImapdConf, Authenticator)}: LOGIN only.
     */
    public ImapEngine(ImapdConf conf, Authenticator authenticator, CredentialStore credentials) {
        this(SettingsSource.cached(conf), CoreCommands.registry(authenticator,
                credentials == null ? null : Mechanisms.fromConfig(conf, credentials)), LoginGuard.fromConfigOrDefault(conf));
    }


    /**
     * The full server: core commands, SASL over {@code credentials} (may be null: LOGIN only) and every mailbox
     * command on {@code store}, with the namespace of imapd.conf.
     */
    public ImapEngine(ImapdConf conf, Authenticator authenticator, CredentialStore credentials, MailStore store)
            throws ConfigException {
        this(conf, authenticator, credentials, store, LoginGuard.fromConfigOrDefault(conf));
    }

    /** The full server with a login guard whose failed-login throttle is shared with other engines. */
    public ImapEngine(ImapdConf conf, Authenticator authenticator, CredentialStore credentials, MailStore store,
            LoginGuard guard) throws ConfigException {
        this(SettingsSource.cached(conf), fullRegistry(conf, authenticator, credentials, store), guard);
    }

    private static CommandRegistry fullRegistry(ImapdConf conf, Authenticator authenticator,
            CredentialStore credentials, MailStore store) throws ConfigException {
        CommandRegistry registry = CoreCommands.registry(authenticator,
                credentials == null ? null : Mechanisms.fromConfig(conf, credentials));
        MailCommands.install(registry, new ImapStore(store, DomainNaming.from(conf)), conf);
        return registry;
    }

    /** The engine with a caller-built command table (core commands plus later ones). */
    public ImapEngine(SettingsSource settings, CommandRegistry commands) {
        this(settings, commands, LoginGuard.defaults());
    }

    /** @param guard failed-login pauses (shared with the other protocols' engines) and session limits */
    public ImapEngine(SettingsSource settings, CommandRegistry commands, LoginGuard guard) {
        this.settings = settings;
        this.commands = commands;
        this.dispatcher = new Dispatcher(commands);
        this.guard = guard;
    }

    /** A client connected: greet it with the pre-login capabilities. */
    @Override
    public void connected(Connection connection) {
        ImapSettings serviceSettings;
        try {
            serviceSettings = settings.forService(connection.service());
        } catch (ConfigException | RuntimeException e) {
            LOG.log(Level.SEVERE, "IMAP settings for service " + connection.service() + " are unusable", e);
            connection.write("* BYE [UNAVAILABLE] Server configuration error\r\n");
            connection.close();
            return;
        }
        try {
            ImapSession session = new ImapSession(connection, serviceSettings, guard);
            connection.attach(session);
            // IMAP framing stays in force for the whole session; a command needing LINE mode (AUTHENTICATE, IDLE)
            // must set it back to IMAP when it is done.
            connection.nextFrame(FrameMode.IMAP);
            connection.idleTimeout(serviceSettings.preAuthTimeout());
            session.out().untagged(Status.OK, ResponseCode.capability(commands.capabilities(session)),
                    greetingText(serviceSettings));
            session.out().flush();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "greeting failed on connection " + connection.id(), e);
            connection.close();
        }
    }

    static String greetingText(ImapSettings s) {
        return switch (s.serverInfo()) {
            case ON -> s.serverName() + " " + s.product() + " " + s.version() + " server ready";
            case MIN -> s.serverName() + " server ready";
            case OFF -> "server ready";
        };
    }

    /** One command (with its literals) or a framing violation. */
    @Override
    public void received(Connection connection, Frame frame) {
        ImapSession session = session(connection);
        if (session == null || session.state() == SessionState.LOGOUT) {
            return;
        }
        try {
            if (session.continuation() != null) {
                session.continuation().received(frame);
            } else if (frame.violation() != null) {
                Violations.answer(session, frame);
            } else {
                dispatcher.dispatch(session, frame);
            }
            session.out().flush();
            if (session.state() == SessionState.LOGOUT && frame.violation() == null) {
                connection.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure handling input on " + session, e);
            session.out().bye("Internal server error");
            session.loggingOut();
            connection.close();
        }
    }

    /** The client was idle too long. The adapter closes the connection afterwards. */
    @Override
    public void timedOut(Connection connection) {
        ImapSession session = session(connection);
        goodbye(connection, session, "Autologout; idle for too long");
    }

    /** Refused over a connection limit: say why. The adapter closes the connection afterwards. */
    @Override
    public void refused(Connection connection, String reason) {
        goodbye(connection, session(connection), reason == null || reason.isBlank() ? "Too many connections" : reason);
    }

    private static void goodbye(Connection connection, ImapSession session, String text) {
        try {
            if (session != null) {
                session.loggingOut();
                session.out().bye(text);
                session.out().flush();
            } else {
                connection.write("* BYE " + text.replace('\r', ' ').replace('\n', ' ') + "\r\n");
                connection.flush();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not say goodbye on connection " + connection.id(), e);
        }
    }

    /** The connection is gone: drop the session. */
    @Override
    public void disconnected(Connection connection) {
        try {
            Object attachment = connection.attachment();
            if (attachment instanceof ImapSession session) {
                session.loggingOut();
                LOG.fine(() -> "disconnected: " + session);
            }
            connection.attach(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cleanup failed on connection " + connection.id(), e);
        }
    }

    private static ImapSession session(Connection connection) {
        Object attachment = connection.attachment();
        return attachment instanceof ImapSession s ? s : null;
    }
}
