package org.mailappliance.nntp.command;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.AuthResult;
import org.mailappliance.nntp.port.NntpAuthenticator;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.sasl.ClientCertificates;
import org.mailappliance.sasl.Mechanisms;
import org.mailappliance.sasl.SaslConversation;
import org.mailappliance.sasl.SaslServer;

/**
 * AUTHINFO USER/PASS and AUTHINFO SASL (RFC 4643). Plaintext (USER/PASS, PLAIN, LOGIN) needs TLS unless
 * {@code allowplaintext} (483 otherwise); once authenticated every AUTHINFO is 502.
 */
final class AuthinfoCommands {
    private static final Logger LOG = Logger.getLogger(AuthinfoCommands.class.getName());

    private final NntpAuthenticator authenticator;

    AuthinfoCommands(NntpAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    void handle(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() < 2) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        if (s.authenticated()) {
            Reply.status(conn, 502, "Command unavailable: already authenticated");
            return;
        }
        switch (c.keyword(0)) {
            case "USER" -> user(s, c);
            case "PASS" -> pass(s, c.rest(1));
            case "SASL" -> sasl(s, c);
            default -> Reply.status(conn, 501, "Unknown AUTHINFO variant");
        }
    }

    private static void user(NntpSession s, CommandLine c) {
        if (c.count() != 2) {
            Reply.status(s.connection(), 501, "Syntax error");
        } else if (!s.plaintextAllowed()) {
            Reply.status(s.connection(), 483, "Encryption or stronger authentication required");
        } else {
            s.pendingUser(c.arg(1));
            Reply.status(s.connection(), 381, "Password required");
        }
    }

    private void pass(NntpSession s, String password) {
        Connection conn = s.connection();
        if (!s.plaintextAllowed()) {
            Reply.status(conn, 483, "Encryption or stronger authentication required");
            return;
        }
        if (s.pendingUser().isEmpty()) {
            Reply.status(conn, 482, "Authentication commands issued out of sequence");
            return;
        }
        String login = s.pendingUser().get();
        s.pendingUser(null);
        AuthResult result;
        try {
            result = authenticator.verify(login, password, conn.secure(), conn.remoteAddress());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "authenticator failed for " + s, e);
            result = AuthResult.unavailable("internal error");
        }
        if (result instanceof AuthResult.Success success) {
            s.loggedIn(success.userid());
            LOG.info(() -> "login " + success.userid() + " from " + conn.remoteAddress() + " on " + conn.service());
            Reply.status(conn, 281, "Authentication accepted");
        } else if (result instanceof AuthResult.Unavailable) {
            s.loginFailed();
            Reply.status(conn, 403, "Authentication temporarily unavailable");
        } else {
            s.loginFailed();
            Reply.status(conn, 481, "Authentication failed");
        }
    }

    private static void sasl(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() > 3) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        String mechanism = c.keyword(1);
        Optional<Mechanisms> mechanisms = s.mechanisms();
        if (mechanisms.isEmpty() || !mechanisms.get().enabled().contains(mechanism)) {
            Reply.status(conn, 503, "Mechanism not recognized");
            return;
        }
        if (Mechanisms.sendsPlaintext(mechanism) && !s.plaintextAllowed()) {
            Reply.status(conn, 483, "Encryption or stronger authentication required");
            return;
        }
        byte[] initial = null;
        if (c.count() == 3) {
            // RFC 4643 §2.4.2: "=" is an empty initial response
            Optional<byte[]> decoded = c.arg(2).equals("=") ? Optional.of(new byte[0])
                    : SaslConversation.decodeBase64(c.arg(2));
            if (decoded.isEmpty()) {
                Reply.status(conn, 504, "Base64 encoding error");
                return;
            }
            initial = decoded.get();
        }
        s.pendingUser(null);
        SaslServer server = mechanisms.get().start(mechanism.toUpperCase(Locale.ROOT),
                ClientCertificates.identity(conn.tlsSession())).orElseThrow();
        new SaslExchange(s, server).begin(initial);
    }
}
