package org.mailappliance.imap.command;

import org.mailappliance.imap.response.ResponseCode;

/**
 * STARTTLS (RFC 9051 §6.2.1). The OK goes out in clear text, then the adapter negotiates TLS and discards whatever
 * the client pipelined after the command. The client must ask for CAPABILITY again afterwards, so no capability
 * list is sent in the OK.
 */
final class StartTlsCommand {
    private StartTlsCommand() {
    }

    static CommandDefinition<Void> definition() {
        return CommandDefinition.withoutArguments("STARTTLS", CommandDefinition.NOT_AUTHENTICATED, (ctx, none) -> {
            if (ctx.session().secure()) {
                throw CommandException.bad("TLS is already active");
            }
            if (ctx.session().connection().compressed()) {
                // after COMPRESS and UNAUTHENTICATE: TLS would have to go below the DEFLATE layer already running
                throw CommandException.bad("STARTTLS is not possible once COMPRESS is active");
            }
            if (!ctx.session().settings().tlsAvailable()) {
                throw CommandException.no(ResponseCode.UNAVAILABLE, "TLS is not configured on this server");
            }
            ctx.ok("Begin TLS negotiation now");
            ctx.out().flush();
            ctx.session().connection().startTls();
        });
    }
}
