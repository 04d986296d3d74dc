package org.mailappliance.mailstore.acl;

/** A rights string or ACL that cannot be parsed (IMAP: {@code BAD}/{@code NO} with this message). */
public final class InvalidRightsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRightsException(String message) {
        super(message);
    }
}
