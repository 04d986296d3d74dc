package org.mailappliance.pop3.command;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.pop3.session.Pop3Session;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.SaslServer;

/**
 * AUTH [mechanism [initial-response]] (RFC 5034 §4): without an argument the mechanisms of this link, one per line
 * (as Cyrus answers Outlook's old-style discovery); with one, the link rules are checked, the initial response
 * decoded and the exchange handed to {@link SaslExchange}.
 */
final class AuthCommand {

    /** The decoded arguments; {@code initialResponse} is null when absent and "" for {@code =}. */
    record Request(String mechanism, String initialResponse) {
    }

    private AuthCommand() {
    }

    /** @param login opens the maildrop of the authorized identity once the exchange succeeds */
    static void handle(Pop3Session session, CommandLine command, Consumer<String> login) {
        Connection c = session.connection();
        if (!command.hasArgument() || command.argument().isEmpty()) {
            Reply.ok(c, "List of supported mechanisms follows");
            for (String mechanism : session.saslMechanisms()) {
                Reply.line(c, mechanism);
            }
            Reply.end(c);
            return;
        }
        Optional<Request> request = parse(command.argument());
        if (request.isEmpty()) {
            Reply.err(c, "Unexpected extra argument");
            return;
        }
        String mechanism = request.get().mechanism();
        Optional<Mechanisms> mechanisms = session.mechanisms();
        if (mechanisms.isEmpty() || !mechanisms.get().enabled().contains(mechanism)) {
            Reply.err(c, "[AUTH] authenticating: no mechanism available");
            return;
        }
        if (Mechanisms.sendsPlaintext(mechanism) && !session.plaintextAllowed()) {
            Reply.err(c, "[AUTH] " + mechanism + " is not allowed on an unencrypted connection"
                    + (session.settings().tlsAvailable() ? "; use STLS first" : ""));
            return;
        }
        byte[] initial = null;
        if (request.get().initialResponse() != null) {
            Optional<byte[]> decoded = decode(request.get().initialResponse());
            if (decoded.isEmpty()) {
                Reply.err(c, "[AUTH] Invalid base64 in the initial response");
                return;
            }
            initial = decoded.get();
        }
        session.pendingLogin(null);
        SaslServer server = mechanisms.get()
                .start(mechanism, ClientCertificates.identity(c.tlsSession())).orElseThrow();
        new SaslExchange(session, server, login).begin(initial);
    }

    /** Mechanism and optional initial response separated by whitespace; empty when more words follow. */
    static Optional<Request> parse(String argument) {
        String[] words = argument.strip().split("[ \\t]+");
        if (words.length > 2) {
            return Optional.empty();
        }
        String mechanism = words[0].toUpperCase(Locale.ROOT);
        String initial = words.length < 2 ? null : words[1].equals("=") ? "" : words[1];
        return Optional.of(new Request(mechanism, initial));
    }

    /** Strict base64 with padding (RFC 5034 §4 refers to RFC 4648 §4); an empty string is an empty response. */
    static Optional<byte[]> decode(String base64) {
        return SaslConversation.decodeBase64(base64);
    }

}
