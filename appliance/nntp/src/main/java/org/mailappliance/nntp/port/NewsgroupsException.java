package org.mailappliance.nntp.port;

/** The store behind the newsgroups cannot answer now (database down, file gone): the engine replies 403. */
public class NewsgroupsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NewsgroupsException(String message, Throwable cause) {
        super(message, cause);
    }

    public NewsgroupsException(String message) {
        super(message);
    }
}
