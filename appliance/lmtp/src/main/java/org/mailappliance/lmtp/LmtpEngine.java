package org.mailappliance.lmtp;

import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.lmtp.command.CommandProcessor;
import org.mailappliance.lmtp.delivery.Deliveries;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.lmtp.session.LmtpSettings;
import org.mailappliance.lmtp.session.SettingsSource;
import org.mailappliance.sasl.Mechanisms;

/**
 * The LMTP protocol engine (RFC 2033). One instance serves every connection (immutable and thread-safe); each
 * connection's {@link LmtpSession} lives in {@link Connection#attachment()}. The methods mirror
 * {@code ProtocolListener}, so an MDB only forwards its calls here. No method throws: failures become replies and log
 * records. Mailbox lookup and storage go through the {@link Deliveries} port.
 */
public final class LmtpEngine implements ProtocolListener {
    private static final Logger LOG = Logger.getLogger(LmtpEngine.class.getName());

    private final SettingsSource settings;
    private final CommandProcessor processor;

    /** The engine with settings read from imapd.conf once per service, without SASL (AUTH is not offered). */
    public LmtpEngine(ImapdConf conf, Deliveries deliveries) {
        this(SettingsSource.cached(conf), deliveries);
    }

    /** Without SASL (AUTH is not offered). */
    public LmtpEngine(SettingsSource settings, Deliveries deliveries) {
        this(settings, deliveries, null);
    }

    /**
     * The engine with SASL: LHLO advertises {@code AUTH <mechs>} (plaintext mechanisms only over TLS unless
     * {@code allowplaintext}) and AUTH lets TCP clients deliver.
     */
    public LmtpEngine(ImapdConf conf, Deliveries deliveries, Mechanisms mechanisms) {
        this(SettingsSource.cached(conf), deliveries, Objects.requireNonNull(mechanisms, "mechanisms"));
    }

    private LmtpEngine(SettingsSource settings, Deliveries deliveries, Mechanisms mechanisms) {
        this.settings = settings;
        this.processor = new CommandProcessor(deliveries, mechanisms);
    }

    /** A client connected: greet it. Framing is LINE except between 354 and the end of the data (DOT). */
    @Override
    public void connected(Connection connection) {
        LmtpSettings serviceSettings;
        try {
            serviceSettings = settings.forService(connection.service());
        } catch (ConfigException | RuntimeException e) {
            LOG.log(Level.SEVERE, "LMTP settings for service " + connection.service() + " are unusable", e);
            connection.write(new Reply(421, "4.3.0", "Server configuration error").line());
            connection.close();
            return;
        }
        try {
            LmtpSession session = new LmtpSession(connection, serviceSettings);
            connection.attach(session);
            connection.nextFrame(FrameMode.LINE);
            connection.idleTimeout(serviceSettings.timeout());
            // RFC 2034 §3: no enhanced status code in the greeting
            session.out().raw(220, greeting(serviceSettings));
            session.out().flush();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "greeting failed on connection " + connection.id(), e);
            connection.close();
        }
    }

    /** {@code <servername> LMTP [<product> <version>] server ready}, as Cyrus words it. */
    static String greeting(LmtpSettings s) {
        return s.serverName() + " LMTP" + (s.showProduct() ? " " + s.product() + " " + s.version() : "")
                + " server ready";
    }

    /** One command line, the data after DATA, or a framing violation. */
    @Override
    public void received(Connection connection, Frame frame) {
        LmtpSession session = session(connection);
        if (session == null || session.closing()) {
            return;
        }
        try {
            processor.process(session, frame);
            session.out().flush();
            if (session.closing()) {
                connection.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure handling input on " + session, e);
            goodbye(connection, session, new Reply(421, "4.3.0", "Internal server error"));
            connection.close();
        }
    }

    /** The client was idle too long. The adapter closes the connection afterwards. */
    @Override
    public void timedOut(Connection connection) {
        LmtpSession session = session(connection);
        String name = session == null ? "" : session.settings().serverName() + " ";
        goodbye(connection, session, new Reply(421, "4.4.2", name + "Idle timeout; closing connection"));
    }

    /** Refused over a connection limit: say why. The adapter closes the connection afterwards. */
    @Override
    public void refused(Connection connection, String reason) {
        goodbye(connection, session(connection), new Reply(421, "4.3.2",
                reason == null || reason.isBlank() ? "Too many connections" : reason));
    }

    private static void goodbye(Connection connection, LmtpSession session, Reply reply) {
        try {
            if (session != null) {
                session.closing(true);
            }
            connection.write(reply.line());
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not say goodbye on connection " + connection.id(), e);
        }
    }

    /** The connection is gone: drop the session (an unfinished transaction is simply forgotten). */
    @Override
    public void disconnected(Connection connection) {
        try {
            LmtpSession session = session(connection);
            if (session != null) {
                session.closing(true);
                LOG.fine(() -> "disconnected: " + session);
            }
            connection.attach(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cleanup failed on connection " + connection.id(), e);
        }
    }

    private static LmtpSession session(Connection connection) {
        Object attachment = connection.attachment();
        return attachment instanceof LmtpSession s ? s : null;
    }
}
