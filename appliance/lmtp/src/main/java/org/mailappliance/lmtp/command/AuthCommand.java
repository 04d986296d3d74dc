package org.mailappliance.lmtp.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.lmtp.reply.Replies;
import org.mailappliance.lmtp.session.LmtpSession;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.SaslServer;

/**
 * AUTH mechanism [initial-response] (RFC 4954): checks the session state and the link rules, decodes the initial
 * response and hands the exchange to {@link SaslExchange}. Without mechanisms AUTH is neither advertised nor
 * available, as before SASL existed here.
 */
final class AuthCommand {
    private final Mechanisms mechanisms;

    /** @param mechanisms the SASL mechanisms, or null when this engine offers no SASL */
    AuthCommand(Mechanisms mechanisms) {
        this.mechanisms = mechanisms;
    }

    /** What LHLO advertises as {@code AUTH <mechs>}: nothing once authenticated or without SASL. */
    List<String> offered(LmtpSession session) {
        if (mechanisms == null || session.authenticated()) {
            return List.of();
        }
        Connection c = session.connection();
        return mechanisms.advertised(c.secure(), session.settings().allowPlaintext(),
                ClientCertificates.identity(c.tlsSession()).isPresent());
    }

    void auth(LmtpSession session, CommandLine command) {
        if (mechanisms == null) {
            session.out().send(session.authenticated() ? Replies.AUTH_TWICE : Replies.AUTH_NOT_AVAILABLE);
            return;
        }
        if (session.authenticated()) {
            session.out().send(Replies.AUTH_TWICE);
            return;
        }
        if (!session.greeted()) {
            session.out().send(Replies.NEED_LHLO);
            return;
        }
        if (session.transaction().isPresent()) {
            session.out().send(Replies.AUTH_NOT_NOW);
            return;
        }
        String[] words = command.argument().split(" ", -1);
        if (!command.hasArgument() || words.length > 2 || words[0].isEmpty()) {
            session.out().send(Replies.PARAMETER_SYNTAX);
            return;
        }
        String mechanism = words[0].toUpperCase(Locale.ROOT);
        if (!mechanisms.enabled().contains(mechanism)) {
            session.out().send(Replies.AUTH_UNKNOWN_MECHANISM);
            return;
        }
        Connection c = session.connection();
        if (Mechanisms.sendsPlaintext(mechanism) && !c.secure() && !session.settings().allowPlaintext()) {
            session.out().send(Replies.AUTH_NEEDS_TLS);
            return;
        }
        byte[] initial = null;
        if (words.length == 2) {
            // RFC 4954 §4: "=" is an empty initial response
            Optional<byte[]> decoded = words[1].equals("=") ? Optional.of(new byte[0]) : decode(words[1]);
            if (decoded.isEmpty()) {
                session.out().send(Replies.AUTH_BAD_BASE64);
                return;
            }
            initial = decoded.get();
        }
        SaslServer server = mechanisms.start(mechanism, ClientCertificates.identity(c.tlsSession())).orElseThrow();
        new SaslExchange(session, server).begin(initial);
    }

    /** Strict base64 with padding; an empty string is an empty response. */
    static Optional<byte[]> decode(String base64) {
        return SaslConversation.decodeBase64(base64);
    }
}
