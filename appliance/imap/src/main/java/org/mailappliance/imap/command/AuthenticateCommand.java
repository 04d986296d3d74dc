package org.mailappliance.imap.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.SaslServer;

/**
 * AUTHENTICATE mechanism [initial-response] (RFC 9051 §6.2.2, SASL-IR RFC 4959). Checks the link rules, decodes
 * the initial response and hands the exchange to {@link SaslExchange}, which continues over {@code +} lines.
 */
final class AuthenticateCommand {

    /** The decoded arguments; {@code initialResponse} is null when absent and "" for {@code =}. */
    record Request(String mechanism, String initialResponse) {
    }

    private AuthenticateCommand() {
    }

    /** Without SASL every mechanism is unsupported: a tagged NO, as RFC 9051 prescribes. */
    static CommandDefinition<Request> unsupported() {
        return new CommandDefinition<>("AUTHENTICATE", CommandDefinition.NOT_AUTHENTICATED,
                AuthenticateCommand::parse, (ctx, request) -> {
                    throw CommandException.no(null, "Unsupported authentication mechanism " + request.mechanism()
                            + "; no SASL mechanism is offered, use LOGIN");
                });
    }

    static CommandDefinition<Request> definition(Mechanisms mechanisms, CommandRegistry registry) {
        return new CommandDefinition<>("AUTHENTICATE", CommandDefinition.NOT_AUTHENTICATED,
                AuthenticateCommand::parse, (ctx, request) -> start(ctx, request, mechanisms, registry));
    }

    /** The mechanisms to advertise in this session's state. */
    static List<String> offered(Mechanisms mechanisms, ImapSession session) {
        if (session.settings().tlsRequired() && !session.secure()) {
            return List.of();
        }
        return mechanisms.advertised(session.secure(), session.settings().plaintextLoginAllowed(session.secure()),
                ClientCertificates.identity(session.connection().tlsSession()).isPresent());
    }

    private static void start(CommandContext ctx, Request request, Mechanisms mechanisms, CommandRegistry registry)
            throws CommandException {
        ImapSession session = ctx.session();
        String mechanism = request.mechanism();
        if (!mechanisms.enabled().contains(mechanism)) {
            throw CommandException.no(null, "Unsupported authentication mechanism " + mechanism);
        }
        if (session.settings().tlsRequired() && !session.secure()) {
            throw CommandException.no(ResponseCode.PRIVACYREQUIRED, "Authentication requires TLS; use STARTTLS first");
        }
        if (Mechanisms.sendsPlaintext(mechanism) && !session.settings().plaintextLoginAllowed(session.secure())) {
            throw CommandException.no(ResponseCode.PRIVACYREQUIRED, session.settings().tlsAvailable()
                    ? mechanism + " is not allowed on an unencrypted connection; use STARTTLS first"
                    : mechanism + " is not allowed on an unencrypted connection");
        }
        byte[] initial = null;
        if (request.initialResponse() != null) {
            Optional<byte[]> decoded = decode(request.initialResponse());
            if (decoded.isEmpty()) {
                throw CommandException.bad("Invalid base64 in the initial response");
            }
            initial = decoded.get();
        }
        Optional<String> certificate = ClientCertificates.identity(session.connection().tlsSession());
        SaslServer server = mechanisms.start(mechanism, certificate).orElseThrow();
        new SaslExchange(ctx, server, registry).begin(initial);
    }

    /** Strict base64 with padding, as RFC 9051 requires; an empty string is an empty response. */
    static Optional<byte[]> decode(String base64) {
        return SaslConversation.decodeBase64(base64);
    }

    static Request parse(ImapReader r) throws ParseException {
        r.space("authentication mechanism");
        String mechanism = r.atom("authentication mechanism").toUpperCase(Locale.ROOT);
        String initial = null;
        if (r.trySpace()) {
            // SASL-IR initial response: base64, or "=" for an empty one
            initial = r.tryChar('=') ? "" : r.atom("initial response");
        }
        return new Request(mechanism, initial);
    }
}
