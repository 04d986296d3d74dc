package org.mailappliance.imap.modseq;

import java.util.Locale;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.imap.parse.SequenceSet;

/**
 * Decodes the optional parameter list after the mailbox name of SELECT and EXAMINE (RFC 4466 {@code select-params},
 * RFC 7162 §3.1.2 and §3.2.5): {@code SP "(" select-param *(SP select-param) ")"}.
 */
public final class SelectParametersParser {
    private SelectParametersParser() {
    }

    /** The parameters if the reader is at {@code SP "("}, else {@link SelectParameters#NONE} (nothing consumed). */
    public static SelectParameters parse(ImapReader r) throws ParseException {
        if (r.atEnd()) {
            return SelectParameters.NONE;
        }
        r.space("select parameters");
        r.openList("select parameters");
        if (r.tryCloseList()) {
            return SelectParameters.NONE;
        }
        boolean condstore = false;
        SelectParameters.Qresync qresync = null;
        do {
            String name = r.atom("select parameter").toUpperCase(Locale.ROOT);
            switch (name) {
                case "CONDSTORE" -> condstore = true;
                case "QRESYNC" -> {
                    if (qresync != null) {
                        throw new ParseException("QRESYNC is given twice");
                    }
                    qresync = qresync(r);
                }
                default -> throw new ParseException("Unknown select parameter " + name);
            }
        } while (r.trySpace());
        r.closeList("select parameters");
        return new SelectParameters(condstore, qresync);
    }

    private static SelectParameters.Qresync qresync(ImapReader r) throws ParseException {
        r.space("QRESYNC parameters");
        r.openList("QRESYNC parameters");
        long uidValidity = r.nzNumber("QRESYNC UIDVALIDITY");
        r.space("QRESYNC modseq");
        long modSeq = ModSeqArguments.value(r, "QRESYNC modseq");
        SequenceSet known = null;
        SequenceSet matchMsns = null;
        SequenceSet matchUids = null;
        if (r.trySpace()) {
            if (r.peek() != '(') {
                known = set(r, "known UIDs");
            }
            if (known == null || r.trySpace()) {
                r.openList("seq-match-data");
                matchMsns = set(r, "known sequence set");
                r.space("known UID set");
                matchUids = set(r, "known UID set");
                r.closeList("seq-match-data");
                if (count(matchMsns) != count(matchUids)) {
                    throw new ParseException("seq-match-data: the sequence set and the UID set differ in size");
                }
            }
        }
        r.closeList("QRESYNC parameters");
        return new SelectParameters.Qresync(uidValidity, modSeq, known, matchMsns, matchUids);
    }

    /** A sequence set without {@code $} (there is no saved result to refer to before a mailbox is selected). */
    private static SequenceSet set(ImapReader r, String what) throws ParseException {
        SequenceSet set = Arguments.sequenceSet(r, what);
        if (set.isSavedResult()) {
            throw new ParseException("Invalid " + what + ": '$' is not allowed here");
        }
        return set;
    }

    /** How many numbers a set names, -1 when it has {@code *} (then the sizes cannot be compared yet). */
    private static long count(SequenceSet set) {
        long n = 0;
        for (SequenceSet.Range range : set.ranges()) {
            if (range.first() == SequenceSet.STAR || range.last() == SequenceSet.STAR) {
                return -1;
            }
            n += Math.abs(range.last() - range.first()) + 1;
        }
        return n;
    }
}
