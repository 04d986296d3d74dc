package org.mailappliance.pop3.session;

import java.util.ArrayList;
import java.util.List;

/**
 * The CAPA list (RFC 2449) in the order Cyrus's cmd_capa prints it: the SASL mechanisms of this link first, and
 * only before login (RFC 5034 §3).
 */
public final class Capabilities {
    private Capabilities() {
    }

    public static List<String> of(Pop3Session session) {
        Pop3Settings s = session.settings();
        boolean authenticated = session.authenticated();
        List<String> lines = new ArrayList<>();
        List<String> mechanisms = authenticated ? List.of() : session.saslMechanisms();
        if (!mechanisms.isEmpty()) {
            lines.add("SASL " + String.join(" ", mechanisms));
        }
        if (s.tlsAvailable() && !session.connection().secure() && !authenticated) {
            lines.add("STLS");
        }
        lines.add(s.expireDays() < 0 ? "EXPIRE NEVER" : "EXPIRE " + s.expireDays());
        lines.add("LOGIN-DELAY " + s.loginDelaySeconds());
        lines.add("TOP");
        lines.add("UIDL");
        lines.add("PIPELINING");
        lines.add("RESP-CODES");
        lines.add("AUTH-RESP-CODE");
        if (!authenticated && session.plaintextAllowed()) {
            lines.add("USER");
        }
        if (authenticated || s.showProduct()) {
            lines.add("IMPLEMENTATION " + s.product() + " POP3 " + s.version());
        }
        return lines;
    }
}
