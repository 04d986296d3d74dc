package org.mailappliance.imap.session;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.FrameMode;
import org.mailappliance.imap.response.ResponseWriter;
import org.mailappliance.imap.selected.SelectedMailbox;
import org.mailappliance.sasl.guard.LoginGuard;
import org.mailappliance.sasl.guard.LoginLimits;

/**
 * The state of one IMAP connection, kept as the connection's attachment between commands. Calls for one connection
 * never overlap (the adapter guarantees it), so the fields need no locking; the writer may be used from other
 * threads (IDLE pushes) because the connection is thread-safe.
 */
public final class ImapSession {
    private final Connection connection;
    private final ImapSettings settings;
    private final ResponseWriter out;
    private SessionState state = SessionState.NOT_AUTHENTICATED;
    private String userId;
    private Continuation continuation;
    private SelectedMailbox selected;
    private final Set<String> enabled = new TreeSet<>();
    /** The thread running one of this session's commands right now, or null (read by store-event listeners). */
    private volatile Thread commandThread;

    private final LoginGuard guard;
    private LoginLimits.Lease lease;

    /** @param guard failed-login pauses (shared with every other session and protocol) and session limits */
    public ImapSession(Connection connection, ImapSettings settings, LoginGuard guard) {
        this.connection = connection;
        this.settings = settings;
        this.out = new ResponseWriter(connection);
        this.guard = guard;
    }

    /**
     * A login or AUTHENTICATE failed: the answer and everything after it wait for the throttle's pause (no thread
     * waits meanwhile).
     */
    public void loginFailed() {
        connection.pause(guard.throttle().failed(connection.remoteAddress()));
    }

    public Connection connection() {
        return connection;
    }

    public ImapSettings settings() {
        return settings;
    }

    public ResponseWriter out() {
        return out;
    }

    public SessionState state() {
        return state;
    }

    /** Whether the link is protected by TLS (implicit TLS service or after STARTTLS). */
    public boolean secure() {
        return connection.secure();
    }

    /** The authenticated user, or null before login. */
    public String userId() {
        return userId;
    }

    /** Whether UTF8=ACCEPT is enabled (RFC 6855). */
    public boolean utf8Enabled() {
        return isEnabled("UTF8=ACCEPT");
    }

    /**
     * Whether mailbox names and quoted strings are UTF-8 rather than modified UTF-7 and 7-bit: after ENABLE
     * UTF8=ACCEPT (RFC 6855) or ENABLE IMAP4rev2 (RFC 9051 §5.1, Appendix A).
     */
    public boolean utf8Names() {
        return utf8Enabled() || isEnabled("IMAP4REV2");
    }

    /** Records an extension turned on by ENABLE (upper case). */
    public void enable(String capability) {
        enabled.add(capability.toUpperCase(Locale.ROOT));
    }

    public boolean isEnabled(String capability) {
        return enabled.contains(capability.toUpperCase(Locale.ROOT));
    }

    /** The selected mailbox, or null outside the selected state. */
    public SelectedMailbox selected() {
        return selected;
    }

    /** SELECT/EXAMINE succeeded: the previous selection (if any) is closed and replaced. */
    public void select(SelectedMailbox mailbox) {
        closeSelected();
        selected = mailbox;
        state = SessionState.SELECTED;
    }

    /** CLOSE, UNSELECT or a failed SELECT: back to the authenticated state. */
    public void unselect() {
        closeSelected();
        if (state == SessionState.SELECTED) {
            state = SessionState.AUTHENTICATED;
        }
    }

    private void closeSelected() {
        if (selected != null) {
            SelectedMailbox s = selected;
            selected = null;
            s.close();
        }
    }

    /** Reports what changed in the selected mailbox (called before every tagged completion). */
    public void reportUpdates(boolean expungesAllowed) {
        reportUpdates(expungesAllowed, false);
    }

    /** As {@link #reportUpdates(boolean)}; {@code withUid} for UID commands (their FETCH responses carry UID). */
    public void reportUpdates(boolean expungesAllowed, boolean withUid) {
        if (selected != null) {
            selected.reportUpdates(out, expungesAllowed, withUid);
        }
    }

    /**
     * Login succeeded: enter the authenticated state and switch to the long autologout timer, unless the user or
     * the client's address already holds {@code maxlogins_per_user}/{@code maxlogins_per_host} sessions.
     *
     * @return false when a session limit refused the login; the session stays unauthenticated
     */
    public boolean authenticated(String user) {
        if (state != SessionState.NOT_AUTHENTICATED) {
            throw new IllegalStateException("already authenticated");
        }
        java.util.Optional<LoginLimits.Lease> admitted = guard.limits().admit(user, connection.remoteAddress());
        if (admitted.isEmpty()) {
            return false;
        }
        this.lease = admitted.get();
        this.userId = user;
        this.state = SessionState.AUTHENTICATED;
        guard.throttle().succeeded(connection.remoteAddress());
        connection.idleTimeout(settings.timeout());
        return true;
    }

    /**
     * UNAUTHENTICATE (RFC 8437): back to the not-authenticated state as if freshly connected, on the same link. The
     * selected mailbox is closed without expunging, the login's session-limit lease is given back, ENABLEd extensions
     * are forgotten, and the short pre-login timer applies again; TLS and compression stay.
     */
    public void unauthenticated() {
        if (state != SessionState.AUTHENTICATED && state != SessionState.SELECTED) {
            throw new IllegalStateException("not authenticated");
        }
        closeSelected();
        if (lease != null) {
            lease.close();
            lease = null;
        }
        userId = null;
        enabled.clear();
        out.utf8(false);
        state = SessionState.NOT_AUTHENTICATED;
        connection.idleTimeout(settings.preAuthTimeout());
    }

    /** A command of this session starts running on the current thread. */
    public void commandStarted() {
        commandThread = Thread.currentThread();
    }

    /** The command is over (or suspended, waiting for client lines). */
    public void commandEnded() {
        commandThread = null;
    }

    /**
     * Whether the current thread is running one of this session's commands: a store change published on it was
     * made by the session itself (store events are published on the committing thread).
     */
    public boolean runningCommandOnThisThread() {
        return commandThread == Thread.currentThread();
    }

    /** The command waiting for the client's next line (an AUTHENTICATE exchange), or null. */
    public Continuation continuation() {
        return continuation;
    }

    /** The next input is one line for {@code c}, not a command: switch the framing to LINE. */
    public void awaitContinuation(Continuation c) {
        this.continuation = c;
        connection.nextFrame(FrameMode.LINE);
    }

    /** The continued command is over: commands again, IMAP framing. */
    public void endContinuation() {
        if (continuation != null) {
            continuation = null;
            connection.nextFrame(FrameMode.IMAP);
        }
    }

    /** The session ends; no further command is read. */
    public void loggingOut() {
        closeSelected();
        if (lease != null) {
            lease.close();
        }
        state = SessionState.LOGOUT;
    }

    @Override
    public String toString() {
        return "connection " + connection.id() + " (" + connection.service() + ", "
                + (userId == null ? "not authenticated" : userId) + ")";
    }
}
