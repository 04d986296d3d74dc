package org.mailappliance.imap.mailbox;

import java.util.List;
import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.response.ResponseLine;

/** Encodes one {@code * LIST} / {@code * LSUB} line: attributes, separator, name and optional extended data. */
final class ListLine {
    private ListLine() {
    }

    /** @param childInfo the CHILDINFO selection criteria (RFC 5258), empty for none */
    static void write(CommandContext context, String response, List<String> attributes, char separator, String name,
                      List<String> childInfo) {
        ResponseLine line = context.out().untagged().atom(response).open();
        attributes.forEach(line::atom);
        line.close().string(String.valueOf(separator)).astring(WireNames.encode(context, name));
        if (!childInfo.isEmpty()) {
            line.open().string("CHILDINFO").open();
            childInfo.forEach(line::string);
            line.close().close();
        }
        line.end();
    }
}
