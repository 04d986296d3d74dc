package org.mailappliance.nntp;

import java.time.Clock;
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
import org.mailappliance.nntp.command.CommandProcessor;
import org.mailappliance.nntp.feed.PeerAddresses;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NntpAuthenticator;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.session.NntpSettings;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginThrottle;

/**
 * The NNTP reader and posting engine (RFC 3977, 4643, 4642), Cyrus nntpd's role: shared mailboxes as newsgroups
 * through the {@link Newsgroups} port. One instance serves every connection; each connection's
 * {@link NntpSession} lives in {@link Connection#attachment()}. No method throws: failures become replies and logs.
 */
public final class NntpEngine implements ProtocolListener {
    private static final Logger LOG = Logger.getLogger(NntpEngine.class.getName());

    private final ImapdConf conf;
    private final Map<String, NntpSettings> settings = new ConcurrentHashMap<>();
    private final CommandProcessor processor;
    private final Mechanisms mechanisms;
    private final LoginThrottle throttle;

    /** @param mechanisms the SASL mechanisms of AUTHINFO SASL, or null for none */
    public NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms) {
        this(conf, newsgroups, authenticator, mechanisms, Clock.systemUTC(), LoginThrottle.fromConfigOrDefault(conf));
    }

    /** @param throttle failed-login pauses, shared with the other protocols' engines */
    public NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms,
                      LoginThrottle throttle) {
        this(conf, newsgroups, authenticator, mechanisms, Clock.systemUTC(), throttle);
    }

    public NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms,
                      Clock clock) {
        this(conf, newsgroups, authenticator, mechanisms, clock, LoginThrottle.fromConfigOrDefault(conf),
                PeerAddresses.system(clock));
    }

    /** @param peers how the {@code newspeer} host name is resolved (tests give names without DNS) */
    public NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms,
                      Clock clock, PeerAddresses peers) {
        this(conf, newsgroups, authenticator, mechanisms, clock, LoginThrottle.fromConfigOrDefault(conf), peers);
    }

    private NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms,
                      Clock clock, LoginThrottle throttle) {
        this(conf, newsgroups, authenticator, mechanisms, clock, throttle, PeerAddresses.system(clock));
    }

    private NntpEngine(ImapdConf conf, Newsgroups newsgroups, NntpAuthenticator authenticator, Mechanisms mechanisms,
                      Clock clock, LoginThrottle throttle, PeerAddresses peers) {
        this.conf = conf;
        this.mechanisms = mechanisms;
        this.throttle = throttle;
        this.processor = new CommandProcessor(newsgroups, authenticator, clock, peers);
        if (!conf.getString("newspeer", "").isBlank()) {
            // the peer may feed us (IHAVE, streaming), but local posts are not sent on to it: say so
            LOG.warning("newspeer is set: it may feed articles here, but local posts are not forwarded to "
                    + conf.getString("newspeer", ""));
        }
    }

    @Override
    public void connected(Connection connection) {
        NntpSettings s;
        try {
            s = settings(connection.service());
        } catch (ConfigException | RuntimeException e) {
            LOG.log(Level.SEVERE, "NNTP settings for service " + connection.service() + " are unusable", e);
            connection.write("400 Server configuration error\r\n");
            connection.close();
            return;
        }
        try {
            connection.attach(new NntpSession(connection, s, mechanisms, throttle));
            connection.nextFrame(FrameMode.LINE);
            connection.idleTimeout(s.timeout());
            connection.write(greeting(s) + "\r\n");
            connection.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "greeting failed on connection " + connection.id(), e);
            connection.close();
        }
    }

    /** Cyrus's banner: 200 because posting is offered (whether a post succeeds is up to each group's ACL). */
    static String greeting(NntpSettings s) {
        return "200" + (s.showServerName() ? " " + s.serverName() : "")
                + (s.showProduct() ? " " + NntpSettings.PRODUCT + " NNTP " + s.version() : "")
                + " server ready, posting allowed";
    }

    private NntpSettings settings(String service) throws ConfigException {
        NntpSettings s = settings.get(service);
        if (s == null) {
            s = NntpSettings.from(conf.forService(service));
            settings.putIfAbsent(service, s);
        }
        return s;
    }

    @Override
    public void received(Connection connection, Frame frame) {
        NntpSession session = session(connection);
        if (session == null || session.closing()) {
            return;
        }
        try {
            processor.process(session, frame);
            connection.flush();
            if (session.closing()) {
                connection.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure handling input on " + session, e);
            goodbye(connection, session, "403 Internal fault");
            connection.close();
        }
    }

    @Override
    public void timedOut(Connection connection) {
        goodbye(connection, session(connection), "400 Idle timeout, closing connection");
    }

    @Override
    public void refused(Connection connection, String reason) {
        goodbye(connection, session(connection), "400 "
                + (reason == null || reason.isBlank() ? "Too many open connections" : reason));
    }

    private static void goodbye(Connection connection, NntpSession session, String line) {
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

    @Override
    public void disconnected(Connection connection) {
        NntpSession session = session(connection);
        if (session != null) {
            session.closing(true);
            // an article that was still arriving is dropped: nothing of it was stored, its claim is released
            session.abandonContinuation();
        }
        connection.attach(null);
    }

    private static NntpSession session(Connection connection) {
        return connection.attachment() instanceof NntpSession s ? s : null;
    }
}
