package org.mailappliance.mailstore.message;

/** A message whose flags a STORE changed: its new flags and modseq (for FETCH FLAGS MODSEQ responses). */
public record FlagUpdate(long uid, long modSeq, Flags flags) {
}
