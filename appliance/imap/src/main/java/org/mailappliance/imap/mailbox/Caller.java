package org.mailappliance.imap.mailbox;

import java.util.Optional;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.names.InvalidMailboxNameException;
import org.mailappliance.imap.names.MailboxNaming;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.mailstore.acl.AclPolicy;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.acl.Rights;
import org.mailappliance.mailstore.mailbox.Mailbox;
import org.mailappliance.mailstore.mailbox.MailboxState;

/**
 * The logged-in user of one command with the naming rules and the store: turns client names into internal names and
 * looks mailboxes up the way Cyrus does, never telling a user about a mailbox it may not see (no {@code l} and not
 * the right the command needs).
 */
final class Caller {
    private final ImapStore store;
    private final String user;
    private final Identity identity;

    Caller(ImapStore store, CommandContext context) {
        this.store = store;
        this.user = context.session().userId();
        this.identity = store.identity(context.session());
        if (user == null || identity == null) {
            throw new IllegalStateException("mailbox command outside the authenticated state");
        }
    }

    String user() {
        return user;
    }

    Identity identity() {
        return identity;
    }

    boolean admin() {
        return identity.admin();
    }

    ImapStore store() {
        return store;
    }

    MailboxNaming naming() {
        return store.naming();
    }

    /** The internal name, for names that must already exist: an invalid name is just not there. */
    String existingName(String external) throws CommandException {
        try {
            return naming().toInternal(external, user, admin());
        } catch (InvalidMailboxNameException e) {
            throw CommandException.no(ResponseCode.NONEXISTENT, e.getMessage());
        }
    }

    /** The client-side name of an internal name, or null when this user's namespace cannot show it. */
    String external(String internal) {
        return naming().toExternal(internal, user, admin());
    }

    /** The active mailbox, if it exists. */
    Optional<Mailbox> find(String internal) {
        return store.store().mailboxes().find(internal).filter(m -> m.state() == MailboxState.ACTIVE);
    }

    Rights rights(Mailbox mailbox) {
        return store.store().mailboxes().rightsOf(identity, mailbox);
    }

    /**
     * The mailbox the user names, on which it needs {@code right}. As in Cyrus, lacking the right is NOPERM only when
     * the user may see the mailbox ({@code l}); otherwise the answer is the same as for a mailbox that does not
     * exist, so nobody learns of mailboxes hidden from them.
     */
    Mailbox require(String internal, String external, char right) throws CommandException {
        Optional<Mailbox> found = find(internal);
        Rights rights = found.map(this::rights).orElse(Rights.NONE);
        if (found.isEmpty() || !(rights.has(right) || rights.has('l'))) {
            throw CommandException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist: " + external);
        }
        if (!rights.has(right)) {
            throw CommandException.no(ResponseCode.NOPERM, "Permission denied: " + external + " (needs the " + right
                    + " right)");
        }
        return found.get();
    }

    /** Whether the internal name is this user's own INBOX. */
    boolean isOwnInbox(String internal) {
        return internal.indexOf('.', "user.".length()) < 0
                && AclPolicy.ownerOf(internal).filter(user::equals).isPresent();
    }

    /** Whether the mailbox belongs to this user (its special-use flags are the user's to see and set). */
    boolean owns(String internal) {
        return AclPolicy.ownerOf(internal).filter(user::equals).isPresent();
    }
}
