package org.mailappliance.pop3.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.pop3.port.Maildrop;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.guard.LoginLimits;

/** The state of one POP3 connection, kept in {@link Connection#attachment()}. Used by one call at a time. */
public final class Pop3Session {
    private final Connection connection;
    private final Pop3Settings settings;
    private final String sessionId;
    private final Mechanisms mechanisms;
    private final LoginGuard guard;
    private LoginLimits.Lease lease;
    private Continuation continuation;
    private String pendingLogin;
    private String userid;
    private Maildrop maildrop;
    private Scan scan;
    private boolean closing;

    /** A session without SASL: AUTH offers no mechanism. */
    /**
     * @param mechanisms the SASL mechanisms AUTH runs, or null for none
     * @param guard      failed-login pauses (shared with every other session and protocol) and session limits
     */
    public Pop3Session(Connection connection, Pop3Settings settings, Mechanisms mechanisms, LoginGuard guard) {
        this.guard = guard;
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.mechanisms = mechanisms;
        this.sessionId = settings.serverName() + "-" + connection.id() + "-1";
    }

    public Connection connection() {
        return connection;
    }

    public Pop3Settings settings() {
        return settings;
    }

    public String sessionId() {
        return sessionId;
    }

    /** TRANSACTION state (RFC 1939 §5): logged in with the maildrop open. */
    public boolean authenticated() {
        return maildrop != null;
    }

    /** USER/PASS may be used: a TLS layer is in force or the configuration allows plaintext (Cyrus cmd_user). */
    public boolean plaintextAllowed() {
        return connection.secure() || settings.allowPlaintext();
    }

    /** The SASL mechanisms AUTH runs; empty when the engine offers none. */
    public Optional<Mechanisms> mechanisms() {
        return Optional.ofNullable(mechanisms);
    }

    /**
     * The mechanisms to advertise on this link (CAPA SASL, AUTH without argument): plaintext ones only under TLS
     * or with allowplaintext, EXTERNAL only with a client certificate.
     */
    public List<String> saslMechanisms() {
        if (mechanisms == null) {
            return List.of();
        }
        return mechanisms.advertised(connection.secure(), settings.allowPlaintext(),
                ClientCertificates.identity(connection.tlsSession()).isPresent());
    }

    /** The AUTH exchange reading the next client line, if one is running. */
    public Optional<Continuation> continuation() {
        return Optional.ofNullable(continuation);
    }

    public void awaitContinuation(Continuation next) {
        this.continuation = Objects.requireNonNull(next, "continuation");
    }

    public void endContinuation() {
        this.continuation = null;
    }

    public Optional<String> pendingLogin() {
        return Optional.ofNullable(pendingLogin);
    }

    public void pendingLogin(String login) {
        this.pendingLogin = login;
    }

    /** USER/PASS or AUTH failed: the -ERR and what follows wait for the throttle's pause (no thread waits). */
    public void loginFailed() {
        connection.pause(guard.throttle().failed(connection.remoteAddress()));
    }

    /**
     * Takes a place under {@code maxlogins_per_user}/{@code maxlogins_per_host} for {@code userid}; false when a
     * limit is reached. The place is given back with the maildrop.
     */
    public boolean admit(String userid) {
        Optional<LoginLimits.Lease> admitted = guard.limits().admit(userid, connection.remoteAddress());
        admitted.ifPresent(l -> lease = l);
        return admitted.isPresent();
    }

    /** Enters the TRANSACTION state. */
    public void loggedIn(String userid, Maildrop maildrop) {
        guard.throttle().succeeded(connection.remoteAddress());
        this.pendingLogin = null;
        this.userid = Objects.requireNonNull(userid, "userid");
        this.maildrop = Objects.requireNonNull(maildrop, "maildrop");
        this.scan = new Scan(maildrop.messages());
    }

    public Maildrop maildrop() {
        return maildrop;
    }

    public Scan scan() {
        return scan;
    }

    public String userid() {
        return userid;
    }

    /** Releases the maildrop lock (idempotent); nothing is expunged here. */
    public void releaseMaildrop() {
        if (lease != null) {
            lease.close();
            lease = null;
        }
        Maildrop m = maildrop;
        maildrop = null;
        scan = null;
        if (m != null) {
            m.close();
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
        return "Pop3Session[" + connection.id() + " " + connection.service() + " "
                + (userid == null ? "unauthenticated" : userid) + "]";
    }
}
