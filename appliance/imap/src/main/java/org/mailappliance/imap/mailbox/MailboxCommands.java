package org.mailappliance.imap.mailbox;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;

/** Installs CREATE, DELETE, RENAME, SUBSCRIBE, UNSUBSCRIBE, LIST, LSUB, STATUS, NAMESPACE. */
public final class MailboxCommands {
    private MailboxCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
    }
}
