package org.mailappliance.imap.metadata;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs GETMETADATA and SETMETADATA (RFC 5464), on mailboxes and on the server (mailbox {@code ""}), and
 * advertises {@code METADATA} and {@code METADATA-SERVER} after login, as Cyrus does. cyradm's {@code info},
 * {@code mboxconfig} and {@code setinfo} use them.
 */
public final class MetadataCommands {
    private MetadataCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store, MetadataSettings settings) {
        registry.register(GetMetadataCommand.definition(store))
                .register(SetMetadataCommand.definition(store, settings));
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("METADATA");
                caps.add("METADATA-SERVER");
            }
        });
    }
}
