package org.mailappliance.imap.quota;

import java.util.Optional;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandDefinition;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.mailstore.quota.QuotaRoot;

/**
 * GETQUOTA and GETQUOTAROOT (RFC 9208 §4.1.1, §4.1.2). Quota roots are named like the mailbox they are set on
 * ({@code INBOX} for a user's own {@code user.alice}, {@code user/alice} for an admin). As in Cyrus, both need
 * {@code r} on the mailbox (the root's mailbox for GETQUOTA), except for admins, who read every quota; a user
 * who cannot see the mailbox is told it does not exist.
 */
final class GetQuotaCommands {
    private GetQuotaCommands() {
    }

    static CommandDefinition<String> getQuota(ImapStore store) {
        return new CommandDefinition<>("GETQUOTA", CommandDefinition.AUTHENTICATED, r -> name(r, "quota root"),
                (context, wire) -> {
                    String external = WireNames.decode(context, wire, store.naming().separator());
                    ImapStore.Resolved mailbox = readable(store, context, external);
                    QuotaRoot root = store.store().quotas().get(mailbox.internalName()).orElseThrow(
                            () -> CommandException.no(ResponseCode.NONEXISTENT, "No quota root " + external));
                    QuotaLine.write(context, external, root);
                });
    }

    static CommandDefinition<String> getQuotaRoot(ImapStore store) {
        return new CommandDefinition<>("GETQUOTAROOT", CommandDefinition.AUTHENTICATED, r -> name(r, "mailbox name"),
                (context, wire) -> {
                    String external = WireNames.decode(context, wire, store.naming().separator());
                    ImapStore.Resolved mailbox = readable(store, context, external);
                    Optional<QuotaRoot> root = store.store().quotas().rootOf(mailbox.internalName());
                    String rootName = root.map(q -> store.externalName(context.session(), q.name())).orElse(null);
                    ResponseLine line = context.out().untagged().atom("QUOTAROOT")
                            .astring(WireNames.encode(context, external));
                    if (rootName != null) {
                        line.astring(WireNames.encode(context, rootName));
                    }
                    line.end();
                    if (rootName != null) {
                        QuotaLine.write(context, rootName, root.get());
                    }
                });
    }

    private static ImapStore.Resolved readable(ImapStore store, CommandContext context, String external)
            throws CommandException {
        ImapStore.Resolved seen = store.require(context.session(), external, (char) 0);
        if (seen.identity().admin()) {
            return seen;
        }
        return store.require(context.session(), external, 'r');
    }

    private static String name(ImapReader r, String what) throws ParseException {
        r.space(what);
        return r.astring(what);
    }
}
