package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.names.Namespaces;
import org.mailappliance.imap.response.ResponseLine;

/**
 * NAMESPACE (RFC 2342): the personal, other users' and shared namespaces of the user, per {@code altnamespace},
 * {@code userprefix}, {@code sharedprefix} and the separator; admins get the admin namespace.
 */
final class NamespaceCommand {
    private NamespaceCommand() {
    }

    static CommandDefinition<Void> definition(ImapStore store) {
        return CommandDefinition.withoutArguments("NAMESPACE", CommandDefinition.AUTHENTICATED,
                (context, none) -> run(store, context));
    }

    static void run(ImapStore store, CommandContext context) {
        Namespaces ns = store.naming().namespaces(new Caller(store, context).admin());
        ResponseLine line = context.out().untagged().atom("NAMESPACE");
        namespace(context, line, ns.personal(), ns.separator());
        namespace(context, line, ns.otherUsers(), ns.separator());
        namespace(context, line, ns.shared(), ns.separator());
        line.end();
    }

    private static void namespace(CommandContext context, ResponseLine line, String prefix, char separator) {
        if (prefix == null) {
            line.nil();
            return;
        }
        line.open().open().string(WireNames.encode(context, prefix)).string(String.valueOf(separator)).close()
                .close();
    }
}
