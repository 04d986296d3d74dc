package org.mailappliance.imap.fetch;

import java.util.OptionalLong;

/**
 * The fetch-modifiers of RFC 7162: {@code CHANGEDSINCE modseq} (only messages whose modseq is above it; MODSEQ is
 * then answered too) and, for UID FETCH after ENABLE QRESYNC, {@code VANISHED} (the UIDs of the set expunged since
 * that modseq, as {@code VANISHED (EARLIER)}).
 */
public record FetchModifiers(OptionalLong changedSince, boolean vanished) {
    public static final FetchModifiers NONE = new FetchModifiers(OptionalLong.empty(), false);

    /** Whether a message with this modseq is answered. */
    public boolean wants(long modSeq) {
        return changedSince.isEmpty() || modSeq > changedSince.getAsLong();
    }
}
