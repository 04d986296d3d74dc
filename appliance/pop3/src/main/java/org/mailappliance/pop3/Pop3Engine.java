package org.mailappliance.pop3;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.pop3.command.CommandProcessor;
import org.mailappliance.pop3.port.Maildrops;
import org.mailappliance.pop3.port.Pop3Authenticator;
import org.mailappliance.pop3.session.Pop3Session;
import org.mailappliance.pop3.session.Pop3Settings;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;

/**
 * The POP3 protocol engine (RFC 1939, 2449, 2595, 3206). One instance serves every connection (thread-safe); each
 * connection's {@link Pop3Session} lives in {@link Connection#attachment()}. The methods mirror
 * {@code ProtocolListener}, so an MDB only forwards its calls here. No method throws: failures become replies and log
 * records. USER/PASS logins go through {@link Pop3Authenticator}, AUTH (RFC 5034) through SASL {@link Mechanisms},
 * the INBOX through {@link Maildrops}.
 */
public final class Pop3Engine implements ProtocolListener {
    private static final Logger LOG = Logger.getLogger(Pop3Engine.class.getName());

    private final ImapdConf conf;
    private final Map<String, Pop3Settings> settings = new ConcurrentHashMap<>();
    private final CommandProcessor processor;
    private final Mechanisms mechanisms;
    private final LoginGuard guard;

    /** Without SASL: AUTH lists no mechanism and CAPA has no SASL line. */
    public Pop3Engine(ImapdConf conf, Maildrops maildrops, Pop3Authenticator auth) {
        this(conf, maildrops, auth, null);
    }

    /** With SASL AUTH over {@code mechanisms} (null: none); the authorized identity's INBOX is the maildrop. */
    public Pop3Engine(ImapdConf conf, Maildrops maildrops, Pop3Authenticator auth, Mechanisms mechanisms) {
        this(conf, maildrops, auth, mechanisms, LoginGuard.fromConfigOrDefault(conf));
    }

    /** @param guard failed-login pauses (shared with the other protocols' engines) and session limits */
    public Pop3Engine(ImapdConf conf, Maildrops maildrops, Pop3Authenticator auth, Mechanisms mechanisms,
            LoginGuard guard) {
        this.conf = conf;
        this.processor = new CommandProcessor(auth, maildrops);
        this.mechanisms = mechanisms;
        this.guard = guard;
    }

    /** A client connected: greet it. Framing is LINE throughout; poptimeout is the idle timeout. */
    @Override
    public void connected(Connection connection) {
        Pop3Settings s;
        try {
            s = settings(connection.service());
        } catch (ConfigException | RuntimeException e) {
            LOG.log(Level.SEVERE, "POP3 settings for service " + connection.service() + " are unusable", e);
            connection.write("-ERR [SYS/PERM] Server configuration error\r\n");
            connection.close();
            return;
        }
        try {
            Pop3Session session = new Pop3Session(connection, s, mechanisms, guard);
            connection.attach(session);
            connection.nextFrame(FrameMode.LINE);
            connection.idleTimeout(s.timeout());
            connection.write(greeting(s) + "\r\n");
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "greeting failed on connection " + connection.id(), e);
            connection.close();
        }
    }

    /** Cyrus's banner, without an APOP challenge (see AuthorizationCommands). */
    static String greeting(Pop3Settings s) {
        return "+OK" + (s.showServerName() ? " " + s.serverName() : "")
                + (s.showProduct() ? " " + s.product() + " POP3 " + s.version() : "") + " server ready";
    }

    private Pop3Settings settings(String service) throws ConfigException {
        Pop3Settings s = settings.get(service);
        if (s == null) {
            s = Pop3Settings.from(conf.forService(service));
            settings.putIfAbsent(service, s);
        }
        return s;
    }

    /** One command line or a framing violation. */
    @Override
    public void received(Connection connection, Frame frame) {
        Pop3Session session = session(connection);
        if (session == null || session.closing()) {
            return;
        }
        try {
            processor.process(session, frame);
            connection.flush();
            if (session.closing()) {
                session.releaseMaildrop();
                connection.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure handling input on " + session, e);
            goodbye(connection, session, "-ERR [SYS/TEMP] Internal server error");
            session.releaseMaildrop();
            connection.close();
        }
    }

    /** Idle longer than poptimeout: autologout. Nothing is expunged. The adapter closes the connection afterwards. */
    @Override
    public void timedOut(Connection connection) {
        Pop3Session session = session(connection);
        goodbye(connection, session, "-ERR [SYS/TEMP] Autologout; idle for too long");
        if (session != null) {
            session.releaseMaildrop();
        }
    }

    /** Refused over a connection limit: say why. The adapter closes the connection afterwards. */
    @Override
    public void refused(Connection connection, String reason) {
        goodbye(connection, session(connection), "-ERR [SYS/TEMP] "
                + (reason == null || reason.isBlank() ? "Too many open connections" : reason));
    }

    private static void goodbye(Connection connection, Pop3Session session, String line) {
        try {
            if (session != null) {
                session.closing(true);
            }
            connection.write(line + "\r\n");
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not say goodbye on connection " + connection.id(), e);
        }
    }

    /** The connection is gone: release the maildrop lock without expunging (RFC 1939 §6: no UPDATE state). */
    @Override
    public void disconnected(Connection connection) {
        try {
            Pop3Session session = session(connection);
            if (session != null) {
                session.closing(true);
                session.releaseMaildrop();
            }
            connection.attach(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cleanup failed on connection " + connection.id(), e);
        }
    }

    private static Pop3Session session(Connection connection) {
        Object attachment = connection.attachment();
        return attachment instanceof Pop3Session s ? s : null;
    }
}
