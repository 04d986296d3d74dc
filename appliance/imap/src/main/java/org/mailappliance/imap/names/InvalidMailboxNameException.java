package org.mailappliance.imap.names;

/** A client-side mailbox name that denotes no mailbox; the message is the reason for the client (NO ...). */
public final class InvalidMailboxNameException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidMailboxNameException(String reason) {
        super(reason);
    }
}
