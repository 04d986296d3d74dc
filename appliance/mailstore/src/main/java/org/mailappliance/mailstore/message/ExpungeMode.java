package org.mailappliance.mailstore.message;

import java.util.Locale;

/** imapd.conf {@code expunge_mode}: what an EXPUNGE keeps. */
public enum ExpungeMode {
    /** Record and file are removed at once. */
    IMMEDIATE,
    /** The file is removed; the record stays, marked expunged with its modseq (QRESYNC VANISHED). */
    SEMIDELAYED,
    /** Record (marked expunged) and file both stay until {@code cyr_expire -X}; Cyrus's default. */
    DELAYED;

    public static ExpungeMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expunge_mode must be immediate, semidelayed or delayed, not " + value);
        }
    }
}
