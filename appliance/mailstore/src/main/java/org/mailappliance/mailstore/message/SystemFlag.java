package org.mailappliance.mailstore.message;

import java.util.Locale;
import java.util.Optional;

/** The IMAP system flags kept as bits of one column, with Cyrus's bit values (FLAG_ANSWERED ... FLAG_SEEN). */
public enum SystemFlag {
    ANSWERED("\\Answered", 1),
    FLAGGED("\\Flagged", 2),
    DELETED("\\Deleted", 4),
    DRAFT("\\Draft", 8),
    SEEN("\\Seen", 16);

    private final String imapName;
    private final int bit;

    SystemFlag(String imapName, int bit) {
        this.imapName = imapName;
        this.bit = bit;
    }

    public String imapName() {
        return imapName;
    }

    public int bit() {
        return bit;
    }

    /** The system flag spelled {@code name} (case-insensitive, with the backslash), if it is one. */
    public static Optional<SystemFlag> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (SystemFlag f : values()) {
            if (f.imapName.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
