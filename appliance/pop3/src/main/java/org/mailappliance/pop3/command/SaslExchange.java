package org.mailappliance.pop3.command;

import java.util.Base64;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.pop3.session.Continuation;
import org.mailappliance.pop3.session.Pop3Session;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;
import org.mailappliance.sasl.SaslStep;

/**
 * One AUTH exchange over POP3 (RFC 5034 §4): challenges go out as {@code + base64}, the client's lines come back as
 * base64 or {@code *} to cancel. Additional data with success (SCRAM's server-final) is sent as a last challenge that
 * the client answers with an empty line, as Cyrus does, before the maildrop is opened.
 */
final class SaslExchange implements Continuation, SaslConversation.Turns {
    private static final Logger LOG = Logger.getLogger(SaslExchange.class.getName());

    private final Pop3Session session;
    private final SaslServer server;
    private final Consumer<String> login;
    private final Connection connection;
    private final SaslConversation conversation;

    SaslExchange(Pop3Session session, SaslServer server, Consumer<String> login) {
        this.session = session;
        this.server = server;
        this.conversation = new SaslConversation(server, this);
        this.login = login;
        this.connection = session.connection();
    }

    /** Runs the first step; {@code initialResponse} is null when the client sent none. */
    void begin(byte[] initialResponse) {
        conversation.begin(initialResponse);
    }

    @Override
    public void received(Frame frame) {
        if (frame.violation() != null) {
            // after a fatal violation (line too long) the adapter closes the connection once we return
            end(frame.violation() == Violation.LINE_TOO_LONG ? "[AUTH] Line too long; authentication cancelled"
                    : "[AUTH] Malformed authentication response; authentication cancelled");
            return;
        }
        conversation.respond(frame.firstLine());
    }

    @Override
    public void challenge(byte[] data) {
        connection.write("+ " + Base64.getEncoder().encodeToString(data) + "\r\n");
        session.awaitContinuation(this);
    }

    /** The authorized identity (authzid, which is the authcid when the client asked for none) owns the maildrop. */
    @Override
    public void succeeded(SaslStep.Success success) {
        session.endContinuation();
        LOG.info(() -> "auth " + server.mechanism() + ": " + success.authzid()
                + (success.authcid().equals(success.authzid()) ? "" : " (as " + success.authcid() + ")")
                + " from " + connection.remoteAddress() + " on " + connection.service()
                + (connection.secure() ? " (TLS)" : " (plaintext)"));
        login.accept(success.authzid());
    }

    /** RFC 3206: [AUTH] for credentials (never saying which part was wrong), [SYS/TEMP] when the store is down. */
    @Override
    public void cancelled() {
        end("[AUTH] Client canceled authentication");
    }

    @Override
    public void badBase64() {
        end("[AUTH] Invalid base64 in the authentication response");
    }

    @Override
    public void failed(SaslStep.Failure failure) {
        LOG.info(() -> "failed auth " + server.mechanism() + " from " + connection.remoteAddress()
                + ": " + failure.reason() + " " + failure.logReason());
        // every failure pauses, a back-end outage too: wrong guesses must not become free meanwhile
        session.loginFailed();
        if (failure.reason() == SaslStep.Reason.UNAVAILABLE) {
            end("[SYS/TEMP] Authentication temporarily unavailable");
        } else {
            end("[AUTH] Invalid login");
        }
    }

    private void end(String errorText) {
        session.endContinuation();
        Reply.err(connection, errorText);
    }

    @Override
    public String toString() {
        return "AUTH " + server.mechanism();
    }
}
