package org.mailappliance.mailstore.mailbox;

import java.util.Locale;

/** {@code delete_mode}: how DELETE treats a mailbox. */
public enum DeleteMode {
    /** Rows and files are removed at once. */
    IMMEDIATE,
    /** Renamed to {@code <deletedprefix>.<name>.<hex time>} and kept until {@code cyr_expire -D} purges it. */
    DELAYED;

    public static DeleteMode parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "immediate" -> IMMEDIATE;
            case "delayed" -> DELAYED;
            default -> throw new IllegalArgumentException("delete_mode must be 'immediate' or 'delayed', not '" + value + "'");
        };
    }
}
