package org.mailappliance.mailstore.mailbox;

/** A mailbox name that cannot be used for the operation (IMAP: {@code NO [CANNOT]}). */
public final class BadMailboxNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadMailboxNameException(String message) {
        super(message);
    }
}
