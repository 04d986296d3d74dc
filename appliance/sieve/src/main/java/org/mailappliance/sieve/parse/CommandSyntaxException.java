package org.mailappliance.sieve.parse;

/** The client's input is not a well-formed ManageSieve command; the message is fit for a {@code NO} reply. */
public final class CommandSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandSyntaxException(String message) {
        super(message);
    }
}
