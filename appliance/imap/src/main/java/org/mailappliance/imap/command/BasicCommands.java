package org.mailappliance.imap.command;

import org.mailappliance.imap.session.ImapSession;

/** CAPABILITY, NOOP and LOGOUT: the commands valid in every state that need no back end. */
final class BasicCommands {
    private BasicCommands() {
    }

    static CommandDefinition<Void> capability(CommandRegistry registry) {
        return CommandDefinition.withoutArguments("CAPABILITY", CommandDefinition.ANY_STATE, (ctx, none) -> {
            ctx.out().capability(registry.capabilities(ctx.session()));
            ctx.ok("CAPABILITY completed");
        });
    }

    /** NOOP: later issues report mailbox changes here before the tagged OK. */
    static CommandDefinition<Void> noop() {
        return CommandDefinition.withoutArguments("NOOP", CommandDefinition.ANY_STATE,
                (ctx, none) -> ctx.ok("NOOP completed"));
    }

    /** LOGOUT: {@code * BYE}, then the tagged OK; the engine closes the connection afterwards. */
    static CommandDefinition<Void> logout() {
        return CommandDefinition.withoutArguments("LOGOUT", CommandDefinition.ANY_STATE, (ctx, none) -> {
            ImapSession session = ctx.session();
            ctx.out().bye("LOGOUT received");
            // leave the mailbox first: no mailbox updates between BYE and the tagged OK
            session.loggingOut();
            ctx.ok("LOGOUT completed");
        });
    }
}
