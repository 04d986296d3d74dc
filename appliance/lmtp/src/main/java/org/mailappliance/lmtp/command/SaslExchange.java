package org.mailappliance.lmtp.command;

import java.util.Base64;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.connector.api.Violation;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.reply.Reply;
import org.mailappliance.lmtp.session.Continuation;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;
import org.mailappliance.sasl.SaslStep;

/**
 * One AUTH exchange (RFC 4954 §4): challenges go out as {@code 334 base64}, the client's answers come back as
 * lines (LINE framing throughout). SMTP has no "additional data with success", so a SCRAM server-final message is
 * sent as a last challenge that the client answers with an empty line before 235, as Cyrus does.
 */
final class SaslExchange implements Continuation, SaslConversation.Turns {
    private static final Logger LOG = Logger.getLogger(SaslExchange.class.getName());

    private final LmtpSession session;
    private final SaslServer server;
    private final SaslConversation conversation;

    SaslExchange(LmtpSession session, SaslServer server) {
        this.session = session;
        this.server = server;
        this.conversation = new SaslConversation(server, this);
    }

    /** Runs the first step; {@code initialResponse} is null when the client sent none. */
    void begin(byte[] initialResponse) {
        conversation.begin(initialResponse);
    }

    @Override
    public void received(Frame frame) {
        if (frame.violation() != null) {
            // the exchange is over; the adapter closes the connection after a fatal violation
            end(frame.violation() == Violation.LINE_TOO_LONG ? Replies.LINE_TOO_LONG : Replies.SYNTAX_ERROR);
            return;
        }
        conversation.respond(frame.firstLine());
    }

    @Override
    public void challenge(byte[] data) {
        // RFC 4954 §4: "334" SP base64, also when the challenge is empty
        session.out().raw(334, Base64.getEncoder().encodeToString(data));
        session.awaitContinuation(this);
    }

    @Override
    public void succeeded(SaslStep.Success success) {
        session.endContinuation();
        // the authzid: the SASL layer already checked that a proxy may act as that user
        session.authenticated(success.authzid());
        LOG.info(() -> "auth " + server.mechanism() + ": " + success.authzid()
                + (success.authcid().equals(success.authzid()) ? "" : " (as " + success.authcid() + ")")
                + " from " + session.connection().remoteAddress() + " on " + session.connection().service()
                + (session.connection().secure() ? " (TLS)" : " (plaintext)"));
        session.out().send(Replies.AUTH_OK);
    }

    @Override
    public void cancelled() {
        end(Replies.AUTH_ABORTED);
    }

    @Override
    public void badBase64() {
        end(Replies.AUTH_BAD_BASE64);
    }

    @Override
    public void failed(SaslStep.Failure failure) {
        LOG.info(() -> "failed auth " + server.mechanism() + " from " + session.connection().remoteAddress()
                + ": " + failure.reason() + " " + failure.logReason());
        end(failure.reason() == SaslStep.Reason.UNAVAILABLE ? Replies.AUTH_TEMPORARY_FAILURE : Replies.AUTH_FAILED);
    }

    private void end(Reply reply) {
        session.endContinuation();
        session.out().send(reply);
    }

    @Override
    public String toString() {
        return "AUTH " + server.mechanism();
    }
}
