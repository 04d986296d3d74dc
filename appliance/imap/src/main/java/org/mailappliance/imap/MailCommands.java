package org.mailappliance.imap;

import org.mailappliance.config.ConfigException;
import org.mailappliance.config.ImapdConf;
import org.mailappliance.imap.acl.AclCommands;
import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.fetch.FetchCommands;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.mailbox.MailboxCommands;
import org.mailappliance.imap.metadata.MetadataCommands;
import org.mailappliance.imap.metadata.MetadataSettings;
import org.mailappliance.imap.quota.QuotaCommands;
import org.mailappliance.imap.search.SearchCommands;
import org.mailappliance.imap.selected.SelectedCommands;
import org.mailappliance.imap.wire.WireCommands;

/** The commands that work on the mail store, installed on top of the core (connection and login) commands. */
public final class MailCommands {
    private MailCommands() {
    }

    /** With the default METADATA limits. */
    public static void install(CommandRegistry registry, ImapStore store) {
        install(registry, store, MetadataSettings.DEFAULTS);
    }

    /** With the METADATA limits of imapd.conf. */
    public static void install(CommandRegistry registry, ImapStore store, ImapdConf conf) throws ConfigException {
        install(registry, store, MetadataSettings.from(conf));
    }

    private static void install(CommandRegistry registry, ImapStore store, MetadataSettings metadata) {
        MailboxCommands.install(registry, store);
        SelectedCommands.install(registry, store);
        FetchCommands.install(registry, store);
        SearchCommands.install(registry, store);
        AclCommands.install(registry, store);
        QuotaCommands.install(registry, store);
        MetadataCommands.install(registry, store, metadata);
        WireCommands.install(registry);
    }
}
