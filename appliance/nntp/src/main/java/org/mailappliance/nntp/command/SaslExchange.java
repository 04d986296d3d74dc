package org.mailappliance.nntp.command;

import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.nntp.session.Continuation;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;
import org.mailappliance.sasl.SaslStep;

/**
 * One AUTHINFO SASL exchange (RFC 4643 §2.4): challenges as {@code 383 base64}, the client's lines as base64 or
 * {@code *} to cancel. Unlike IMAP/POP3, NNTP carries additional data with success in the final reply
 * ({@code 283 base64}), so the mechanism is driven here rather than through {@link SaslConversation}, which sends
 * it as one more challenge.
 */
final class SaslExchange implements Continuation {
    private static final Logger LOG = Logger.getLogger(SaslExchange.class.getName());

    private final NntpSession session;
    private final SaslServer server;
    private final Connection connection;

    SaslExchange(NntpSession session, SaslServer server) {
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
            Reply.status(connection, 481, "Authentication failed: malformed response");
            return;
        }
        String line = frame.firstLine().strip();
        if (line.equals("*")) {
            Reply.status(connection, 481, "Authentication cancelled");
            return;
        }
        Optional<byte[]> response = line.equals("=") ? Optional.of(new byte[0])
                : SaslConversation.decodeBase64(line);
        if (response.isEmpty()) {
            Reply.status(connection, 504, "Base64 encoding error");
            return;
        }
        step(server.evaluate(response.get()));
    }

    private void step(SaslStep step) {
        if (step instanceof SaslStep.Challenge challenge) {
            byte[] data = challenge.data();
            Reply.status(connection, 383, data.length == 0 ? "=" : Base64.getEncoder().encodeToString(data));
            session.awaitContinuation(this);
        } else if (step instanceof SaslStep.Success success) {
            session.loggedIn(success.authzid());
            LOG.info(() -> "auth " + server.mechanism() + ": " + success.authzid() + " from "
                    + connection.remoteAddress() + " on " + connection.service());
            if (success.serverFinal() != null) {
                Reply.status(connection, 283, Base64.getEncoder().encodeToString(success.serverFinal()));
            } else {
                Reply.status(connection, 281, "Authentication accepted");
            }
        } else {
            SaslStep.Failure failure = (SaslStep.Failure) step;
            LOG.info(() -> "failed auth " + server.mechanism() + " from " + connection.remoteAddress() + ": "
                    + failure.reason() + " " + failure.logReason());
            session.loginFailed();
            if (failure.reason() == SaslStep.Reason.UNAVAILABLE) {
                Reply.status(connection, 403, "Authentication temporarily unavailable");
            } else {
                Reply.status(connection, 481, "Authentication failed");
            }
        }
    }
}
