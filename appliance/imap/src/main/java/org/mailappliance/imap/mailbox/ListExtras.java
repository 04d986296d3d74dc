package org.mailappliance.imap.mailbox;

import java.util.List;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.Mailbox;

/**
 * What LIST sends after a mailbox's LIST line when asked: {@code * STATUS} for RETURN (STATUS (...)) (RFC 5819)
 * and {@code * MYRIGHTS} for RETURN (MYRIGHTS) (RFC 8440). A mailbox the user may list but not read gets no
 * STATUS and is marked \Noselect instead, as RFC 5819 §2 asks (and Cyrus does); holes get neither.
 */
final class ListExtras {
    private final Caller caller;
    private final CommandContext context;
    private final MailboxCounts counts;
    private final Long appendLimit;
    private final List<String> statusItems;
    private final boolean myRights;

    ListExtras(Caller caller, CommandContext context, MailboxCounts counts, Long appendLimit, ListCommand.Args args) {
        this.caller = caller;
        this.context = context;
        this.counts = counts;
        this.appendLimit = appendLimit;
        this.statusItems = args.returns().contains("STATUS") ? args.statusItems() : List.of();
        this.myRights = args.returns().contains("MYRIGHTS");
    }

    /** Whether the LIST line of this mailbox must carry \Noselect because its STATUS cannot be given. */
    boolean unreadable(Mailbox mailbox) {
        return mailbox != null && !statusItems.isEmpty() && !caller.rights(mailbox).has('r');
    }

    /** Writes the lines that follow the LIST line of {@code name}. */
    void write(Mailbox mailbox, String name) throws CommandException {
        if (mailbox == null) {
            return;
        }
        Rights rights = caller.rights(mailbox);
        if (!statusItems.isEmpty() && rights.has('r')) {
            StatusCommand.write(caller, counts, appendLimit, context, mailbox, name, statusItems);
        }
        if (myRights) {
            context.out().untagged().atom("MYRIGHTS").astring(WireNames.encode(context, name))
                    .astring(rights.format()).end();
        }
    }
}
