package org.mailappliance.mailstore.mailbox;

import org.mailappliance.mailstore.StoreException;

/** An operation named a mailbox that does not exist (IMAP: {@code NO [NONEXISTENT]}). */
public final class NoSuchMailboxException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String mailboxName;

    public NoSuchMailboxException(String mailboxName) {
        super("mailbox " + mailboxName + " does not exist");
        this.mailboxName = mailboxName;
    }

    public String mailboxName() {
        return mailboxName;
    }
}
