package org.mailappliance.mailstore.message;

/** How STORE combines the given flags with a message's flags (IMAP {@code +FLAGS}, {@code -FLAGS}, {@code FLAGS}). */
public enum FlagOperation {
    ADD, REMOVE, REPLACE
}
