package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.response.ResponseCode;
import org.mailappliance.imap.response.Status;
import org.mailappliance.imap.session.ImapSession;

/**
 * Turning CONDSTORE on (RFC 7162 §3.1): ENABLE CONDSTORE or QRESYNC, SELECT/EXAMINE (CONDSTORE), FETCH MODSEQ or
 * CHANGEDSINCE, STORE UNCHANGEDSINCE, SEARCH MODSEQ and STATUS HIGHESTMODSEQ. From then on the session's FETCH
 * responses about flag changes carry MODSEQ.
 */
public final class Condstore {
    public static final String CONDSTORE = "CONDSTORE";
    public static final String QRESYNC = "QRESYNC";

    private Condstore() {
    }

    /**
     * A CONDSTORE-enabling command runs. When it is the first and a mailbox is selected, the client learns the
     * mailbox's HIGHESTMODSEQ at once (as Cyrus does), so it can start caching modseqs from a known point.
     */
    public static void enable(CommandContext context) {
        ImapSession session = context.session();
        if (session.isEnabled(CONDSTORE)) {
            return;
        }
        session.enable(CONDSTORE);
        SelectedMailbox selected = session.selected();
        if (selected != null) {
            selected.enableCondstore();
            context.out().untagged(Status.OK,
                    ResponseCode.of("HIGHESTMODSEQ", Long.toString(selected.highestModSeq())), "Ok");
        }
    }

    public static boolean qresyncEnabled(ImapSession session) {
        return session.isEnabled(QRESYNC);
    }
}
