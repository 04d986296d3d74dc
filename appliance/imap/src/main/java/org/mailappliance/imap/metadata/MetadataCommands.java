package org.mailappliance.imap.metadata;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;

/**
 * Installs GETMETADATA and SETMETADATA (RFC 5464), on mailboxes and on the server (mailbox {@code ""}), and
 * advertises {@code METADATA} and {@code METADATA-SERVER} (in every state; see below). cyradm's {@code info},
 * {@code mboxconfig} and {@code setinfo} use them.
 */
public final class MetadataCommands {
    private MetadataCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store, MetadataSettings settings) {
        registry.register(GetMetadataCommand.definition(store))
                .register(SetMetadataCommand.definition(store, settings));
        // Also before login: cyradm (Cyrus::IMAP::Admin) decides whether the server has METADATA from the one
        // CAPABILITY it sends before authenticating, and Cyrus's CAPABILITY command lists its extensions then too.
        registry.advertise((session, caps) -> {
            caps.add("METADATA");
            caps.add("METADATA-SERVER");
        });
    }
}
