package org.mailappliance.mailstore.message.mime;

/**
 * One element of an IMAP ENVELOPE address list: a mailbox {@code (name adl mailbox host)}, a group start
 * {@code (NIL NIL groupname NIL)} or a group end {@code (NIL NIL NIL NIL)}. Text as in the header (raw).
 */
record Address(String name, String adl, String mailbox, String host) {
    static Address groupStart(String name) {
        return new Address(null, null, name, null);
    }

    static Address groupEnd() {
        return new Address(null, null, null, null);
    }
}
