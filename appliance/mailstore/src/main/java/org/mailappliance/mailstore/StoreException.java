package org.mailappliance.mailstore;

/**
 * The store could not do what was asked for a reason the caller cannot fix by changing its input:
 * the database is unreachable, a statement failed, a directory could not be made. Unchecked so that
 * protocol handlers can let it travel up to the one place that turns it into a temporary failure.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
