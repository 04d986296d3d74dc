package org.mailappliance.imap.command;

import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;

/**
 * AUTHENTICATE mechanism [initial-response]. No SASL mechanism exists yet and none is advertised (no AUTH=), so
 * every mechanism is answered as RFC 9051 §6.2.2 prescribes for an unsupported one: a tagged NO. The full SASL
 * exchange (continuations in LINE mode) replaces this handler later.
 */
final class AuthenticateCommand {
    private AuthenticateCommand() {
    }

    static CommandDefinition<String> definition() {
        return new CommandDefinition<>("AUTHENTICATE", CommandDefinition.NOT_AUTHENTICATED,
                AuthenticateCommand::parse, (ctx, mechanism) -> {
                    throw CommandException.no(null, "Unsupported authentication mechanism " + mechanism
                            + "; no SASL mechanism is offered, use LOGIN");
                });
    }

    static String parse(ImapReader r) throws ParseException {
        r.space("authentication mechanism");
        String mechanism = r.atom("authentication mechanism").toUpperCase(java.util.Locale.ROOT);
        if (r.trySpace()) {
            // SASL-IR initial response: base64 or "=" for an empty one
            if (!r.tryChar('=')) {
                r.atom("initial response");
            }
        }
        return mechanism;
    }
}
