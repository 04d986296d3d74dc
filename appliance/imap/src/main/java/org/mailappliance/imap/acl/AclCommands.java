package org.mailappliance.imap.acl;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs the RFC 4314 commands SETACL, DELETEACL, GETACL, LISTRIGHTS and MYRIGHTS, and advertises {@code ACL} and
 * {@code RIGHTS=kxten} after login, as Cyrus does ({@code kxte} are the RFC 4314 rights beyond RFC 2086, {@code n}
 * is Cyrus's right to write shared annotations).
 */
public final class AclCommands {
    private AclCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        registry.register(AclChangeCommands.setAcl(store))
                .register(AclChangeCommands.deleteAcl(store))
                .register(AclQueryCommands.getAcl(store))
                .register(AclQueryCommands.listRights(store))
                .register(AclQueryCommands.myRights(store));
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("ACL");
                caps.add("RIGHTS=kxten");
            }
        });
    }
}
