package org.mailappliance.imap.wire;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs the extensions that change the connection itself rather than the mail store: COMPRESS=DEFLATE
 * (RFC 4978). Advertised after login only, and no longer once compression is on (as Cyrus does).
 */
public final class WireCommands {
    private WireCommands() {
    }

    public static void install(CommandRegistry registry) {
        registry.register(CompressCommand.definition());
        registry.advertise((session, caps) -> {
            if (session.state() != SessionState.NOT_AUTHENTICATED && !session.connection().compressed()) {
                caps.add(CompressCommand.CAPABILITY);
            }
        });
    }
}
