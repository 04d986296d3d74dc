package org.mailappliance.mailstore.message;

import org.mailappliance.mailstore.StoreException;

/** The mailbox has no (unexpunged) message with that UID, or its file is gone. */
public final class NoSuchMessageException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NoSuchMessageException(String mailbox, long uid, String why) {
        super("mailbox " + mailbox + " uid " + uid + ": " + why);
    }
}
