package org.mailappliance.mailstore.message;

import java.util.Arrays;

/**
 * Which messages were expunged after a modseq (QRESYNC VANISHED).
 *
 * @param exact whether the store still keeps every expunged record after that modseq; when false, {@code uids}
 *              is empty and the caller must answer as RFC 7162 §3.2.5.2 allows: every UID the client may know
 *              that is not present
 * @param uids  the expunged UIDs, ascending (only when exact)
 */
public record Vanished(boolean exact, long[] uids) {
    public Vanished {
        uids = uids.clone();
    }

    @Override
    public long[] uids() {
        return uids.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vanished v && v.exact == exact && Arrays.equals(v.uids, uids);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(exact) * 31 + Arrays.hashCode(uids);
    }

    @Override
    public String toString() {
        return "Vanished[" + (exact ? Arrays.toString(uids) : "inexact") + "]";
    }
}
