package org.mailappliance.lmtp.session;

import java.util.Objects;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.lmtp.delivery.SessionInfo;
import org.mailappliance.lmtp.delivery.Trust;
import org.mailappliance.lmtp.reply.ReplyWriter;

/** The state of one LMTP connection, kept in {@link Connection#attachment()}. Used by one call at a time. */
public final class LmtpSession {
    private final Connection connection;
    private final LmtpSettings settings;
    private final ReplyWriter out;
    private final Trust initialTrust;
    private String lhloName;
    private Trust trust;
    private String authenticatedUser;
    private Transaction transaction;
    private boolean awaitingData;
    private Continuation continuation;
    private boolean closing;
    private int sessionCounter;
    private String sessionId;

    public LmtpSession(Connection connection, LmtpSettings settings) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = new ReplyWriter(connection);
        this.initialTrust = initialTrust(connection, settings);
        this.trust = initialTrust;
        newSessionId();
    }

    /** Unix socket, then {@code -a}, then the trusted networks: Cyrus's order, plus this product's key. */
    static Trust initialTrust(Connection connection, LmtpSettings settings) {
        if (connection.unixSocket()) {
            return Trust.UNIX_SOCKET;
        }
        if (connection.serviceCommand().stream().skip(1).anyMatch("-a"::equals)) {
            return Trust.PREAUTH_SERVICE;
        }
        if (settings.trustedNetworks().contains(connection.remoteAddress())) {
            return Trust.TRUSTED_NETWORK;
        }
        return Trust.NONE;
    }

    public Connection connection() {
        return connection;
    }

    public LmtpSettings settings() {
        return settings;
    }

    public ReplyWriter out() {
        return out;
    }

    public boolean greeted() {
        return lhloName != null;
    }

    public void lhlo(String name) {
        this.lhloName = name;
    }

    public Trust trust() {
        return trust;
    }

    /** Whether AUTH succeeded. */
    public boolean authenticated() {
        return authenticatedUser != null;
    }

    /** AUTH succeeded: the client acts as {@code user}, and may deliver from now on. */
    public void authenticated(String user) {
        this.authenticatedUser = Objects.requireNonNull(user, "user");
        this.trust = Trust.AUTHENTICATED;
    }

    /** After STARTTLS, RFC 3207 §4.2: forget LHLO and any authentication; the transport-based trust stays. */
    public void resetAfterTls() {
        lhloName = null;
        authenticatedUser = null;
        trust = initialTrust;
        transaction = null;
        continuation = null;
    }

    /** The command waiting for the client's next line, if any. */
    public Optional<Continuation> continuation() {
        return Optional.ofNullable(continuation);
    }

    public void awaitContinuation(Continuation next) {
        this.continuation = Objects.requireNonNull(next, "next");
    }

    public void endContinuation() {
        this.continuation = null;
    }

    public Optional<Transaction> transaction() {
        return Optional.ofNullable(transaction);
    }

    public void begin(Transaction t) {
        this.transaction = t;
    }

    /** RSET, end of DATA, LHLO: forget the transaction. */
    public void endTransaction() {
        this.transaction = null;
        this.awaitingData = false;
    }

    public boolean awaitingData() {
        return awaitingData;
    }

    public void awaitingData(boolean awaiting) {
        this.awaitingData = awaiting;
    }

    public boolean closing() {
        return closing;
    }

    public void closing(boolean closing) {
        this.closing = closing;
    }

    public String sessionId() {
        return sessionId;
    }

    /** Cyrus gives each LHLO and RSET a fresh session id (shown as {@code SESSIONID=<...>}). */
    public void newSessionId() {
        sessionCounter++;
        sessionId = settings.serverName() + "-" + connection.id() + "-" + sessionCounter;
    }

    public SessionInfo info() {
        return new SessionInfo(connection.id(), connection.service(), settings.serverName(),
                lhloName == null ? "" : lhloName, connection.remoteAddress(), connection.secure(), trust,
                Optional.ofNullable(authenticatedUser), sessionId);
    }

    @Override
    public String toString() {
        return "LmtpSession[" + connection.id() + " " + connection.service() + " " + trust + "]";
    }
}
