package org.mailappliance.mailstore.quota;

import org.mailappliance.mailstore.StoreException;

/** An operation would take a quota root over its limit (IMAP: {@code NO [OVERQUOTA]}). */
public final class QuotaExceededException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String root;

    public QuotaExceededException(String root, String what) {
        super("quota root " + root + " would be over its limit: " + what);
        this.root = root;
    }

    public String root() {
        return root;
    }
}
