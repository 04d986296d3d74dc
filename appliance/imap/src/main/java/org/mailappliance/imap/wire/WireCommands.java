package org.mailappliance.imap.wire;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs COMPRESS=DEFLATE (RFC 4978) and UNAUTHENTICATE (RFC 8437), and advertises the wire-format extensions whose
 * work is done where the data passes: BINARY (RFC 3516, in FETCH and APPEND), OBJECTID (RFC 8474, in CREATE, SELECT,
 * STATUS, FETCH and SEARCH) and UTF8=ACCEPT (RFC 6855, turned on by ENABLE; names and strings follow the session).
 * All after login only, as Cyrus does; COMPRESS=DEFLATE no longer once compression is on.
 */
public final class WireCommands {
    private WireCommands() {
    }

    public static void install(CommandRegistry registry) {
        registry.register(CompressCommand.definition());
        registry.register(UnauthenticateCommand.definition());
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.NOT_AUTHENTICATED) {
                return;
            }
            if (!session.connection().compressed()) {
                caps.add(CompressCommand.CAPABILITY);
            }
            caps.add("BINARY");
            caps.add(ObjectIds.CAPABILITY);
            caps.add("UTF8=ACCEPT");
            caps.add(UnauthenticateCommand.CAPABILITY);
        });
    }
}
