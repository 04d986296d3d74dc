package org.mailappliance.imap.wire;

import org.mailappliance.imap.command.CommandDefinition;

/**
 * UNAUTHENTICATE (RFC 8437): ends the login without ending the connection, so the client can log in again (perhaps
 * as someone else) over the TLS it already negotiated. What the session held is released by the session itself.
 */
final class UnauthenticateCommand {
    static final String CAPABILITY = "UNAUTHENTICATE";

    private UnauthenticateCommand() {
    }

    static CommandDefinition<Void> definition() {
        return CommandDefinition.withoutArguments("UNAUTHENTICATE", CommandDefinition.AUTHENTICATED, (ctx, none) -> {
            // pending updates of the selected mailbox belong to the old login: drop them with the selection
            ctx.session().unauthenticated();
            ctx.ok("Completed");
        });
    }
}
