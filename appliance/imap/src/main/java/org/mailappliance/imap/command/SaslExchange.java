package org.mailappliance.imap.command;

import java.util.Base64;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Frame;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.Continuation;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;
import org.mailappliance.sasl.SaslStep;

/**
 * One AUTHENTICATE exchange over IMAP: challenges go out as {@code + base64}, the client's lines come back in LINE
 * framing. Additional data with success (SCRAM's server-final) is sent as a last challenge that the client answers
 * with an empty line, as RFC 9051 §6.2.2 and Cyrus do, before the tagged OK.
 */
final class SaslExchange implements Continuation, SaslConversation.Turns {
    private static final Logger LOG = Logger.getLogger(SaslExchange.class.getName());

    private final CommandContext ctx;
    private final SaslServer server;
    private final CommandRegistry registry;
    private final ImapSession session;
    private final SaslConversation conversation;

    SaslExchange(CommandContext ctx, SaslServer server, CommandRegistry registry) {
        this.ctx = ctx;
        this.server = server;
        this.conversation = new SaslConversation(server, this);
        this.registry = registry;
        this.session = ctx.session();
    }

    /** Runs the first step; {@code initialResponse} is null without SASL-IR. */
    void begin(byte[] initialResponse) {
        ctx.suspend();
        conversation.begin(initialResponse);
    }

    @Override
    public void received(Frame frame) {
        if (frame.violation() != null) {
            if (frame.violation().fatal()) {
                // the adapter closes the connection once we return
                session.endContinuation();
                session.loggingOut();
                session.out().untagged(Status.BYE, ResponseCode.TOOBIG, "Authentication response too long");
            } else {
                end(Status.BAD, null, "Malformed authentication response; exchange cancelled");
            }
            return;
        }
        conversation.respond(frame.firstLine());
    }

    @Override
    public void challenge(byte[] data) {
        session.out().saslChallenge(Base64.getEncoder().encodeToString(data));
        session.awaitContinuation(this);
    }

    @Override
    public void succeeded(SaslStep.Success success) {
        session.endContinuation();
        if (!session.authenticated(success.authzid())) {
            LOG.info(() -> "authenticate: " + success.authzid() + " from " + session.connection().remoteAddress()
                    + " refused: session limit");
            ctx.complete(Status.NO, ResponseCode.LIMIT, LoginCommand.TOO_MANY_SESSIONS);
            return;
        }
        LOG.info(() -> "authenticate " + server.mechanism() + ": " + success.authzid()
                + (success.authcid().equals(success.authzid()) ? "" : " (as " + success.authcid() + ")")
                + " from " + session.connection().remoteAddress() + " on " + session.connection().service()
                + (session.secure() ? " (TLS)" : " (plaintext)"));
        ctx.ok(ResponseCode.capability(registry.capabilities(session)), "Success");
    }

    @Override
    public void cancelled() {
        end(Status.BAD, null, "AUTHENTICATE cancelled");
    }

    @Override
    public void badBase64() {
        end(Status.BAD, null, "Invalid base64 in the authentication response");
    }

    @Override
    public void failed(SaslStep.Failure failure) {
        LOG.info(() -> "failed authenticate " + server.mechanism() + " from " + session.connection().remoteAddress()
                + ": " + failure.reason() + " " + failure.logReason());
        // every failure pauses, a back-end outage too: wrong guesses must not become free meanwhile
        session.loginFailed();
        switch (failure.reason()) {
            case UNAVAILABLE -> end(Status.NO, ResponseCode.UNAVAILABLE,
                    "Authentication is temporarily unavailable; try again later");
            case AUTHORIZATION_FAILED -> end(Status.NO, ResponseCode.AUTHORIZATIONFAILED,
                    "Not authorized to act as that user");
            default -> end(Status.NO, ResponseCode.AUTHENTICATIONFAILED, "Authentication failed");
        }
    }

    private void end(Status status, ResponseCode code, String text) {
        session.endContinuation();
        ctx.complete(status, code, text);
    }

    @Override
    public String toString() {
        return "AUTHENTICATE " + server.mechanism() + " (" + ctx.tag() + ")";
    }
}
