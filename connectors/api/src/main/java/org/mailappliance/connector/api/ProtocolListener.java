package org.mailappliance.connector.api;

/**
 * Message listener type of the resource adapter. Every protocol MDB implements it.
 *
 * <p>The adapter creates an endpoint per call and releases it right after, so an idle connection holds no
 * MDB instance. Calls for one connection never overlap and arrive in order; the adapter stops reading
 * from a connection while one of its calls runs.
 */
public interface ProtocolListener {

    /** A client connected: write the greeting. */
    void connected(Connection connection);

    /**
     * One complete frame (command line, IMAP command with its literals, or DOT data) arrived.
     * If {@link Frame#violation()} is set, a limit was hit: reply with the protocol's error; when the violation
     * is fatal the adapter closes the connection after this call returns.
     */
    void received(Connection connection, Frame frame);

    /** The connection was idle longer than its idle timeout: write the protocol's goodbye. The adapter closes afterwards. */
    void timedOut(Connection connection);

    /**
     * The connection was accepted over a connection limit (total or per client address): write the protocol's
     * refusal. The adapter closes afterwards.
     */
    void refused(Connection connection, String reason);

    /** The connection is gone (closed by either side). Release session state; writing is no longer possible. */
    void disconnected(Connection connection);
}
