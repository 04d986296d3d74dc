package org.mailappliance.mailstore.mailbox;

/** Life-cycle state of a mailbox row, stored as its lower-case name. */
public enum MailboxState {
    /** Usable. */
    ACTIVE,
    /** Name taken by a create or transfer still in progress; not visible to clients. */
    RESERVED,
    /** Deleted with delayed delete (renamed DELETED.*), kept until purged. */
    DELETED;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MailboxState fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
