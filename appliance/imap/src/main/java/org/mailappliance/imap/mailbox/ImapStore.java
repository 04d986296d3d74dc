package org.mailappliance.imap.mailbox;

import java.util.Set;
import org.mailappliance.imap.names.MailboxNaming;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;

/**
 * What the mailbox commands work on: the store and the naming rules. One per engine, shared by every session.
 */
public record ImapStore(MailStore store, MailboxNaming naming) {

    /** The ACL identity of the session's user (admin per {@code admins}); null before login. */
    public Identity identity(ImapSession session) {
        String user = session.userId();
        if (user == null) {
            return null;
        }
        return store.mailboxes().aclPolicy().identify(user, Set.of());
    }
}
