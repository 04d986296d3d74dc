package org.mailappliance.sieve.port;

/** The script store could not answer (database down, ...): the client may retry later. */
public final class ScriptStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ScriptStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
