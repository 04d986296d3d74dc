package org.mailappliance.mailstore.mailbox;

import org.mailappliance.mailstore.StoreException;

/** A create found the name taken (IMAP: {@code NO [ALREADYEXISTS]}). */
public final class MailboxExistsException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String mailboxName;

    public MailboxExistsException(String mailboxName) {
        super("mailbox " + mailboxName + " already exists");
        this.mailboxName = mailboxName;
    }

    /** The internal name that exists. */
    public String mailboxName() {
        return mailboxName;
    }
}
