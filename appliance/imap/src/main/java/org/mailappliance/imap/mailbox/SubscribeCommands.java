package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;

/**
 * SUBSCRIBE and UNSUBSCRIBE (RFC 3501 §6.3.6, §6.3.7). Subscribing needs a mailbox the user can see (Cyrus without
 * {@code allowallsubscribe}); unsubscribing works for any name, also of mailboxes deleted since, and is not an
 * error when the name was not subscribed (the client's goal, not being subscribed, holds).
 */
final class SubscribeCommands {
    private SubscribeCommands() {
    }

    static CommandDefinition<String> subscribe(ImapStore store) {
        return new CommandDefinition<>("SUBSCRIBE", CommandDefinition.AUTHENTICATED, DeleteCommand::parse,
                (context, wire) -> subscribe(store, context, wire));
    }

    static CommandDefinition<String> unsubscribe(ImapStore store) {
        return new CommandDefinition<>("UNSUBSCRIBE", CommandDefinition.AUTHENTICATED, DeleteCommand::parse,
                (context, wire) -> unsubscribe(store, context, wire));
    }

    private static void subscribe(ImapStore store, CommandContext context, String wire) throws CommandException {
        Caller caller = new Caller(store, context);
        String external = WireNames.decode(context, wire, store.naming().separator());
        String internal = caller.existingName(external);
        caller.require(internal, external, 'l');
        store.store().subscriptions().subscribe(caller.user(), internal);
    }

    private static void unsubscribe(ImapStore store, CommandContext context, String wire) throws CommandException {
        Caller caller = new Caller(store, context);
        String external = WireNames.decode(context, wire, store.naming().separator());
        String internal = caller.existingName(external);
        store.store().subscriptions().unsubscribe(caller.user(), internal);
    }
}
