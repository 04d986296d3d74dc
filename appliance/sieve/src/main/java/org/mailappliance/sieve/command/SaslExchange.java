package org.mailappliance.sieve.command;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;
import org.mailappliance.sasl.SaslStep;
import org.mailappliance.sieve.parse.Argument;
import org.mailappliance.sieve.parse.CommandReader;
import org.mailappliance.sieve.parse.CommandSyntaxException;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.session.Continuation;
import org.mailappliance.sieve.session.SieveSession;

/**
 * One AUTHENTICATE exchange in RFC 5804's framing: challenges go out as a base64 string on a line of their own
 * (a literal {@code {n}}, as timsieved writes them), the client answers with a string (quoted or literal), {@code "*"} cancels. Additional data with success (SCRAM's
 * server-final) travels in {@code OK (SASL "...")}, as timsieved sends it, not as one more challenge.
 */
final class SaslExchange implements Continuation {
    private static final Logger LOG = Logger.getLogger(SaslExchange.class.getName());
    private static final long MAX_RESPONSE = 64 * 1024;

    private final SieveSession session;
    private final SaslServer server;
    private final Connection connection;

    SaslExchange(SieveSession session, SaslServer server) {
        this.session = session;
        this.server = server;
        this.connection = session.connection();
    }

    void begin(byte[] initialResponse) {
        step(server.evaluate(initialResponse));
    }

    @Override
    public void received(Frame frame) {
        session.endContinuation();
        if (frame.violation() != null) {
            Reply.no(connection, "Malformed authentication response; authentication cancelled");
            return;
        }
        List<Argument> args;
        try {
            args = CommandReader.arguments(frame, MAX_RESPONSE);
        } catch (CommandSyntaxException e) {
            Reply.no(connection, e.getMessage() + "; authentication cancelled");
            return;
        }
        if (args.size() != 1 || !(args.get(0) instanceof Argument.Str s) || !s.loaded()) {
            Reply.no(connection, "Expected one string as the authentication response; authentication cancelled");
            return;
        }
        if (s.value().equals("*")) {
            Reply.no(connection, "Authentication aborted");
            return;
        }
        Optional<byte[]> response = SaslConversation.decodeBase64(s.value());
        if (response.isEmpty()) {
            Reply.no(connection, "Invalid base64 in the authentication response");
            return;
        }
        step(server.evaluate(response.get()));
    }

    private void step(SaslStep step) {
        if (step instanceof SaslStep.Challenge challenge) {
            // always a literal, as timsieved sends it: Cyrus's sivtest reads a challenge only in that form
            String base64 = Base64.getEncoder().encodeToString(challenge.data());
            connection.write("{" + base64.length() + "}\r\n" + base64 + "\r\n");
            session.awaitContinuation(this);
        } else if (step instanceof SaslStep.Success success) {
            succeeded(success);
        } else {
            failed((SaslStep.Failure) step);
        }
    }

    private void succeeded(SaslStep.Success success) {
        String user = success.authzid();
        if (!session.admit(user)) {
            LOG.info(() -> "auth " + server.mechanism() + ": " + user + " refused over a session limit");
            Reply.no(connection, "TRYLATER", "Too many sessions for this user or host");
            return;
        }
        session.loggedIn(user);
        LOG.info(() -> "auth " + server.mechanism() + ": " + user
                + (success.authcid().equals(user) ? "" : " (as " + success.authcid() + ")")
                + " from " + connection.remoteAddress() + " on " + connection.service()
                + (connection.secure() ? " (TLS)" : " (plaintext)"));
        byte[] serverFinal = success.serverFinal();
        if (serverFinal != null) {
            Reply.ok(connection, "SASL " + Reply.string(Base64.getEncoder().encodeToString(serverFinal)),
                    "Authentication successful");
        } else {
            Reply.ok(connection, "Authentication successful");
        }
    }

    private void failed(SaslStep.Failure failure) {
        LOG.info(() -> "failed auth " + server.mechanism() + " from " + connection.remoteAddress()
                + ": " + failure.reason() + " " + failure.logReason());
        // every failure pauses, a back-end outage too: wrong guesses must not become free meanwhile
        session.loginFailed();
        if (failure.reason() == SaslStep.Reason.UNAVAILABLE) {
            Reply.no(connection, "TRYLATER", "Authentication temporarily unavailable");
        } else {
            Reply.no(connection, "Authentication error");
        }
    }

    @Override
    public String toString() {
        return "AUTHENTICATE " + server.mechanism();
    }
}
