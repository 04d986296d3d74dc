package org.mailappliance.sieve.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.guard.LoginLimits;
import org.mailappliance.sieve.script.ScriptValidator;

/** The state of one ManageSieve connection, kept in {@link Connection#attachment()}. Used by one call at a time. */
public final class SieveSession {
    private final Connection connection;
    private final SieveSettings settings;
    private final ScriptValidator validator;
    private final Mechanisms mechanisms;
    private final LoginGuard guard;
    private LoginLimits.Lease lease;
    private Continuation continuation;
    private String userid;
    private boolean closing;

    /** @param mechanisms the SASL mechanisms AUTHENTICATE runs, or null for none */
    public SieveSession(Connection connection, SieveSettings settings, ScriptValidator validator,
                        Mechanisms mechanisms, LoginGuard guard) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.mechanisms = mechanisms;
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    public Connection connection() {
        return connection;
    }

    public SieveSettings settings() {
        return settings;
    }

    public ScriptValidator validator() {
        return validator;
    }

    public Optional<Mechanisms> mechanisms() {
        return Optional.ofNullable(mechanisms);
    }

    /** PLAIN/LOGIN may be used: TLS is in force or {@code allowplaintext} (exactly as IMAP's LOGINDISABLED rule). */
    public boolean plaintextAllowed() {
        return connection.secure() || settings.allowPlaintext();
    }

    /** The mechanisms to advertise on this link: plaintext ones only under TLS or with allowplaintext. */
    public List<String> saslMechanisms() {
        if (mechanisms == null) {
            return List.of();
        }
        return mechanisms.advertised(connection.secure(), settings.allowPlaintext(),
                ClientCertificates.identity(connection.tlsSession()).isPresent());
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

    /** A failed AUTHENTICATE: the NO and what follows wait for the shared throttle's pause (no thread waits). */
    public void loginFailed() {
        connection.pause(guard.throttle().failed(connection.remoteAddress()));
    }

    /** Takes a place under {@code maxlogins_per_user}/{@code maxlogins_per_host}; false when a limit is reached. */
    public boolean admit(String user) {
        Optional<LoginLimits.Lease> admitted = guard.limits().admit(user, connection.remoteAddress());
        admitted.ifPresent(l -> lease = l);
        return admitted.isPresent();
    }

    public void loggedIn(String user) {
        guard.throttle().succeeded(connection.remoteAddress());
        this.userid = Objects.requireNonNull(user, "userid");
    }

    public boolean authenticated() {
        return userid != null;
    }

    /** The authorized identity whose scripts this session manages. */
    public String userid() {
        return userid;
    }

    /** Back to the non-authenticated state (UNAUTHENTICATE, disconnect): gives the session-limit place back. */
    public void loggedOut() {
        userid = null;
        if (lease != null) {
            lease.close();
            lease = null;
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
        return "SieveSession[" + connection.id() + " " + connection.service() + " "
                + (userid == null ? "unauthenticated" : userid) + "]";
    }
}
