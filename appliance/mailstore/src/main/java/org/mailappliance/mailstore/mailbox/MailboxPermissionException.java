package org.mailappliance.mailstore.mailbox;

import org.mailappliance.mailstore.StoreException;

/** The requester lacks a right the operation needs (IMAP: {@code NO [NOPERM]}). */
public final class MailboxPermissionException extends StoreException {
    private static final long serialVersionUID = 1L;

    public MailboxPermissionException(String message) {
        super(message);
    }
}
