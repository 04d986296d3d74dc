package org.mailappliance.imap.mailbox;

import java.util.List;
import java.util.Set;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;

/**
 * The {@code * LIST} line IMAP4rev2 requires in the answer to SELECT and EXAMINE (RFC 9051 §6.3.2): the selected
 * mailbox's own line, with the attributes and the name (normalized) a LIST of it would give.
 */
public final class SelectedListing {
    private SelectedListing() {
    }

    public static void write(ImapStore store, CommandContext context, String externalName, String internalName)
            throws CommandException {
        Caller caller = new Caller(store, context);
        ListCommand.Args args = new ListCommand.Args(Set.of(), "", List.of(), Set.of(), false);
        // the name may hold % or *: the pattern can match more, the internal name picks the mailbox itself
        new ListSelection(caller, context, args, new ListExtras(caller, context, null, null, args))
                .only(n -> n.exists() && n.mailbox().name().equals(internalName))
                .write(List.of(new ListPattern("", externalName, store.naming().separator())));
    }
}
