package org.mailappliance.nntp.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginThrottle;

/**
 * The state of one NNTP connection, kept in {@link Connection#attachment()}: who is logged in (null: anonymous),
 * the selected group and the current article number (RFC 3977 §6.1), a pending AUTHINFO USER, a running
 * continuation. Used by one call at a time.
 */
public final class NntpSession {
    private final Connection connection;
    private final NntpSettings settings;
    private final Mechanisms mechanisms;
    private final LoginThrottle throttle;
    private String userid;
    private String pendingUser;
    private String group;
    private long current = -1;
    private Continuation continuation;
    private boolean closing;

    /** @param throttle the failed-login pauses, shared with every other session and protocol */
    public NntpSession(Connection connection, NntpSettings settings, Mechanisms mechanisms, LoginThrottle throttle) {
        this.throttle = throttle;
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mechanisms = mechanisms;
    }

    public Connection connection() {
        return connection;
    }

    public NntpSettings settings() {
        return settings;
    }

    /** The authenticated userid, or null while anonymous. */
    public String userid() {
        return userid;
    }

    public boolean authenticated() {
        return userid != null;
    }

    /** AUTHINFO failed (or could not be checked): the reply and what follows wait for the throttle's pause. */
    public void loginFailed() {
        connection.pause(throttle.failed(connection.remoteAddress()));
    }

    public void loggedIn(String userid) {
        throttle.succeeded(connection.remoteAddress());
        this.userid = Objects.requireNonNull(userid, "userid");
        this.pendingUser = null;
    }

    /** AUTHINFO USER and plaintext SASL may be used: TLS is in force or the configuration allows plaintext. */
    public boolean plaintextAllowed() {
        return connection.secure() || settings.allowPlaintext();
    }

    public Optional<String> pendingUser() {
        return Optional.ofNullable(pendingUser);
    }

    public void pendingUser(String login) {
        this.pendingUser = login;
    }

    public Optional<Mechanisms> mechanisms() {
        return Optional.ofNullable(mechanisms);
    }

    /** The SASL mechanisms to advertise on this link (plaintext ones under TLS or allowplaintext). */
    public List<String> saslMechanisms() {
        if (mechanisms == null) {
            return List.of();
        }
        return mechanisms.advertised(connection.secure(), settings.allowPlaintext(),
                ClientCertificates.identity(connection.tlsSession()).isPresent());
    }

    /** The selected newsgroup, if any. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** Selects a group; {@code first} is its first article number or -1 when it is empty (no current article). */
    public void select(String name, long first) {
        this.group = name;
        this.current = first;
    }

    /** The current article number, or -1 when there is none. */
    public long current() {
        return current;
    }

    public void current(long number) {
        this.current = number;
    }

    public Optional<Continuation> continuation() {
        return Optional.ofNullable(continuation);
    }

    public void awaitContinuation(Continuation next) {
        this.continuation = Objects.requireNonNull(next, "continuation");
    }

    public void endContinuation() {
        this.continuation = null;
    }

    /** The connection is gone: a continuation still waiting for its frame will never get it. */
    public void abandonContinuation() {
        Continuation pending = continuation;
        continuation = null;
        if (pending != null) {
            pending.abandoned();
        }
    }

    public boolean closing() {
        return closing;
    }

    public void closing(boolean closing) {
        this.closing = closing;
    }

    @Override
    public String toString() {
        return "NntpSession[" + connection.id() + " " + connection.service() + " "
                + (userid == null ? "anonymous" : userid) + "]";
    }
}
