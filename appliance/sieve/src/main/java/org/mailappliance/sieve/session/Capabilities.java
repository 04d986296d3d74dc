package org.mailappliance.sieve.session;

import java.util.ArrayList;
import java.util.List;
import org.mailappliance.sieve.response.Reply;

/**
 * The capability lines (RFC 5804 §1.7) in timsieved's order: IMPLEMENTATION, SASL (before login), SIEVE,
 * STARTTLS (before TLS and login, when TLS can work), OWNER (after login), UNAUTHENTICATE, VERSION.
 */
public final class Capabilities {
    private Capabilities() {
    }

    public static List<String> of(SieveSession session) {
        SieveSettings s = session.settings();
        List<String> lines = new ArrayList<>();
        lines.add(pair("IMPLEMENTATION", s.implementation()));
        if (!session.authenticated()) {
            lines.add(pair("SASL", String.join(" ", session.saslMechanisms())));
        }
        lines.add(pair("SIEVE", String.join(" ", session.validator().extensions())));
        if (s.tlsAvailable() && !session.connection().secure() && !session.authenticated()) {
            lines.add(Reply.string("STARTTLS"));
        }
        if (session.authenticated()) {
            lines.add(pair("OWNER", session.userid()));
        }
        lines.add(Reply.string("UNAUTHENTICATE"));
        lines.add(pair("VERSION", "1.0"));
        return lines;
    }

    private static String pair(String name, String value) {
        return Reply.string(name) + " " + Reply.string(value);
    }
}
