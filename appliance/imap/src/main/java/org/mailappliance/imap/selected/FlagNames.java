package org.mailappliance.imap.selected;

import java.util.Set;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.mailstore.message.Flags;

/** Writes a message's flags as an IMAP flag list: {@code \Recent} first (as Cyrus), then the stored flags. */
public final class FlagNames {
    private FlagNames() {
    }

    /** Appends {@code (\Recent \Seen keyword ...)} to the line; {@code recent} only for this session's recent messages. */
    public static ResponseLine list(ResponseLine line, Flags flags, boolean recent) {
        line.open();
        if (recent) {
            line.atom("\\Recent");
        }
        Set<String> names = flags.names();
        for (String name : names) {
            line.atom(name);
        }
        return line.close();
    }
}
