package org.mailappliance.sieve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.connector.api.ProtocolListener;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sieve.command.CommandProcessor;
import org.mailappliance.sieve.port.ScriptStore;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.script.ScriptValidator;
import org.mailappliance.sieve.session.SieveSession;
import org.mailappliance.sieve.session.SieveSettings;

/**
 * The ManageSieve engine (RFC 5804), behaving like Cyrus's timsieved. One instance serves every connection
 * (thread-safe); each connection's {@link SieveSession} lives in {@link Connection#attachment()}. The methods mirror
 * {@code ProtocolListener}, so an MDB only forwards its calls here. No method throws: failures become replies and
 * log records. AUTHENTICATE runs the shared SASL {@link Mechanisms}; scripts go through {@link ScriptStore}.
 */
public final class SieveEngine implements ProtocolListener {
    private static final Logger LOG = Logger.getLogger(SieveEngine.class.getName());

    private record ServiceSetup(SieveSettings settings, ScriptValidator validator) {
    }

    private final ImapdConf conf;
    private final Map<String, ServiceSetup> setups = new ConcurrentHashMap<>();
    private final CommandProcessor processor;
    private final Mechanisms mechanisms;
    private final LoginGuard guard;

    /**
     * @param mechanisms the SASL mechanisms AUTHENTICATE offers (null: none)
     * @param guard      failed-login pauses (shared with the other protocols' engines) and session limits
     */
    public SieveEngine(ImapdConf conf, ScriptStore store, Mechanisms mechanisms, LoginGuard guard) {
        this.conf = conf;
        this.processor = new CommandProcessor(store);
        this.mechanisms = mechanisms;
        this.guard = guard;
    }

    /** A client connected: the greeting is the capability list and OK (RFC 5804 §1.7). */
    @Override
    public void connected(Connection connection) {
        ServiceSetup setup;
        try {
            setup = setup(connection.service());
        } catch (ConfigException | RuntimeException e) {
            LOG.log(Level.SEVERE, "ManageSieve settings for service " + connection.service() + " are unusable", e);
            Reply.bye(connection, null, "Server configuration error");
            connection.close();
            return;
        }
        try {
            SieveSession session = new SieveSession(connection, setup.settings(), setup.validator(), mechanisms,
                    guard);
            connection.attach(session);
            connection.nextFrame(FrameMode.SIEVE);
            connection.idleTimeout(setup.settings().timeout());
            processor.greet(session);
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "greeting failed on connection " + connection.id(), e);
            connection.close();
        }
    }

    private ServiceSetup setup(String service) throws ConfigException {
        ServiceSetup s = setups.get(service);
        if (s == null) {
            SieveSettings settings = SieveSettings.from(conf.forService(service));
            s = new ServiceSetup(settings, ScriptValidator.create(settings.extensions()));
            setups.putIfAbsent(service, s);
        }
        return s;
    }

    @Override
    public void received(Connection connection, Frame frame) {
        SieveSession session = session(connection);
        if (session == null || session.closing()) {
            return;
        }
        try {
            processor.process(session, frame);
            connection.flush();
            if (session.closing()) {
                session.loggedOut();
                connection.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure handling input on " + session, e);
            goodbye(connection, session, "Internal server error");
            session.loggedOut();
            connection.close();
        }
    }

    /** Idle longer than {@code timeout}: the adapter closes the connection afterwards. */
    @Override
    public void timedOut(Connection connection) {
        SieveSession session = session(connection);
        goodbye(connection, session, "Idle timeout");
        if (session != null) {
            session.loggedOut();
        }
    }

    @Override
    public void refused(Connection connection, String reason) {
        goodbye(connection, session(connection),
                reason == null || reason.isBlank() ? "Too many open connections" : reason);
    }

    private static void goodbye(Connection connection, SieveSession session, String text) {
        try {
            if (session != null) {
                session.closing(true);
            }
            Reply.bye(connection, null, text);
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not say goodbye on connection " + connection.id(), e);
        }
    }

    @Override
    public void disconnected(Connection connection) {
        try {
            SieveSession session = session(connection);
            if (session != null) {
                session.closing(true);
                session.loggedOut();
            }
            connection.attach(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cleanup failed on connection " + connection.id(), e);
        }
    }

    private static SieveSession session(Connection connection) {
        Object attachment = connection.attachment();
        return attachment instanceof SieveSession s ? s : null;
    }
}
