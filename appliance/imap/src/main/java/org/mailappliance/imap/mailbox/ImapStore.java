package org.mailappliance.imap.mailbox;

import java.util.Optional;
import java.util.Set;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.names.InvalidMailboxNameException;
import org.mailappliance.imap.names.MailboxNaming;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.session.ImapSession;
import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxState;

/**
 * What the mailbox commands work on: the store and the naming rules. One per engine, shared by every session.
 */
public record ImapStore(MailStore store, MailboxNaming naming) {

    /** An existing mailbox as a session sees it. */
    public record Resolved(Mailbox mailbox, Rights rights, Identity identity) {
        public String internalName() {
            return mailbox.name();
        }
    }

    /** The ACL identity of the session's user (admin per {@code admins}); null before login. */
    public Identity identity(ImapSession session) {
        String user = session.userId();
        if (user == null) {
            return null;
        }
        return store.mailboxes().aclPolicy().identify(user, Set.of());
    }

    /** The internal name of a client-side name for the session's user. */
    public String internalName(ImapSession session, String externalName) throws CommandException {
        Identity who = identity(session);
        try {
            return naming.toInternal(externalName, session.userId(), who != null && who.admin());
        } catch (InvalidMailboxNameException e) {
            throw CommandException.no(ResponseCode.CANNOT, e.getMessage());
        }
    }

    /**
     * The active mailbox a client names, with the user's rights on it.
     *
     * @param required the rights the command needs (e.g. "r" for SELECT); lacking one gives {@code NO [NOPERM]}
     * @throws CommandException {@code NO [NONEXISTENT]} when there is no such mailbox or the user may not know it
     *                          exists (no {@code l} and no {@code r} right, as Cyrus hides it)
     */
    public Resolved resolve(ImapSession session, String externalName, String required) throws CommandException {
        String internal;
        try {
            internal = internalName(session, externalName);
        } catch (CommandException invalid) {
            // a name that cannot exist is, for a lookup, a mailbox that does not exist (as LIST/STATUS answer)
            throw CommandException.no(ResponseCode.NONEXISTENT, invalid.getMessage());
        }
        Optional<Mailbox> found = store.mailboxes().find(internal).filter(m -> m.state() == MailboxState.ACTIVE);
        Identity who = identity(session);
        if (found.isEmpty()) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        Rights rights = store.mailboxes().rightsOf(who, found.get());
        if (!rights.has('l') && !rights.has('r')) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        for (char c : required.toCharArray()) {
            if (!rights.has(c)) {
                throw CommandException.no(ResponseCode.NOPERM, "Permission denied (the '" + c
                        + "' right is needed)");
            }
        }
        return new Resolved(found.get(), rights, who);
    }
    /**
     * The active mailbox a client names, for commands whose refusals follow Cyrus's rule: a user who lacks
     * {@code right} learns that the mailbox exists ({@code NO [NOPERM]}) only if it may see it ({@code l}); otherwise
     * the answer is {@code NO [NONEXISTENT]}, as for a name that does not exist. {@code right} 0 asks for any right
     * at all (MYRIGHTS, LISTRIGHTS).
     */
    public Resolved require(ImapSession session, String externalName, char right) throws CommandException {
        Identity who = identity(session);
        String internal;
        try {
            internal = naming.toInternal(externalName, session.userId(), who != null && who.admin());
        } catch (InvalidMailboxNameException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + externalName);
        }
        Optional<Mailbox> found = store.mailboxes().find(internal).filter(m -> m.state() == MailboxState.ACTIVE);
        Rights rights = found.map(m -> store.mailboxes().rightsOf(who, m)).orElse(Rights.NONE);
        boolean granted = right == 0 ? !rights.isEmpty() : rights.has(right);
        if (found.isEmpty() || !(granted || rights.has('l'))) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + externalName);
        }
        if (!granted) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied: " + externalName + " (needs the "
                    + right + " right)");
        }
        return new Resolved(found.get(), rights, who);
    }

    /** The client-side name of an internal name for the session's user, or null when its namespace has none. */
    public String externalName(ImapSession session, String internalName) {
        Identity who = identity(session);
        return naming.toExternal(internalName, session.userId(), who != null && who.admin());
    }
}
