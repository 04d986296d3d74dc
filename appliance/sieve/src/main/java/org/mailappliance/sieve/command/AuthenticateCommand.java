package org.mailappliance.sieve.command;

import java.util.Locale;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sieve.parse.Command;
import org.mailappliance.sieve.parse.CommandSyntaxException;
import org.mailappliance.sieve.response.Reply;
import org.mailappliance.sieve.session.SieveSession;

/**
 * AUTHENTICATE mechanism [initial-response] (RFC 5804 §2.1): the link rules of IMAP (plaintext mechanisms only
 * under TLS unless allowplaintext), the initial response decoded as SASL-IR does, the exchange run by
 * {@link SaslExchange}.
 */
final class AuthenticateCommand {
    private AuthenticateCommand() {
    }

    static void handle(SieveSession session, Command command) throws CommandSyntaxException {
        Arguments.count(command, 1, 2);
        Connection c = session.connection();
        String mechanism = Arguments.text(command, 0).toUpperCase(Locale.ROOT);
        byte[] initial = null;
        if (command.arity() == 2) {
            Optional<byte[]> decoded = SaslConversation.decodeBase64(Arguments.text(command, 1));
            if (decoded.isEmpty()) {
                Reply.no(c, "Invalid base64 in the initial response");
                return;
            }
            initial = decoded.get();
        }
        if (session.authenticated()) {
            Reply.no(c, "Already authenticated");
            return;
        }
        Optional<Mechanisms> mechanisms = session.mechanisms();
        if (mechanisms.isEmpty() || !mechanisms.get().enabled().contains(mechanism)) {
            Reply.no(c, "Authentication mechanism " + mechanism + " is not supported");
            return;
        }
        if (Mechanisms.sendsPlaintext(mechanism) && !session.plaintextAllowed()) {
            Reply.no(c, mechanism + " is not allowed on an unencrypted connection"
                    + (session.settings().tlsAvailable() ? "; use STARTTLS first" : ""));
            return;
        }
        new SaslExchange(session, mechanisms.get()
                .start(mechanism, ClientCertificates.identity(c.tlsSession())).orElseThrow()).begin(initial);
    }
}
