package org.mailappliance.imap.modseq;

import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;

/** Decodes RFC 7162's {@code mod-sequence-value} (1 to 2^63-1) and {@code mod-sequence-valzer} (0 to 2^63-1). */
public final class ModSeqArguments {
    private ModSeqArguments() {
    }

    /** A mod-sequence-value: zero is not one (CHANGEDSINCE 0, the QRESYNC modseq, SEARCH MODSEQ ... 0 are BAD). */
    public static long value(ImapReader r, String what) throws ParseException {
        long n = r.number64(what);
        if (n == 0) {
            throw new ParseException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must not be zero");
        }
        return n;
    }

    /** A mod-sequence-valzer (UNCHANGEDSINCE 0 is allowed: it fails for every message). */
    public static long valzer(ImapReader r, String what) throws ParseException {
        return r.number64(what);
    }
}
