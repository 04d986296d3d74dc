package org.mailappliance.mailstore.quota;

import org.mailappliance.mailstore.StoreException;

/** A quota operation named a root that does not exist (IMAP: {@code NO [NONEXISTENT]}). */
public final class NoSuchQuotaRootException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NoSuchQuotaRootException(String root) {
        super("quota root " + root + " does not exist");
    }
}
