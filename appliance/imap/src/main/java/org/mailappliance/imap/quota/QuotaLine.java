package org.mailappliance.imap.quota;

import org.mailappliance.imap.command.CommandContext;
import org.mailappliance.imap.mailbox.WireNames;
import org.mailappliance.imap.response.ResponseLine;
import org.mailappliance.mailstore.quota.QuotaRoot;

/**
 * Encodes {@code * QUOTA root (STORAGE used limit MESSAGE used limit)} (RFC 9208 §5.1): only the resources that
 * have a limit are listed, STORAGE in KiB rounded down as Cyrus reports it.
 */
final class QuotaLine {
    private QuotaLine() {
    }

    static void write(CommandContext context, String externalRoot, QuotaRoot root) {
        ResponseLine line = context.out().untagged().atom("QUOTA")
                .astring(WireNames.encode(context, externalRoot)).open();
        if (root.storageLimited()) {
            line.atom("STORAGE").number(root.usedKiB()).number(root.storageLimitKiB());
        }
        if (root.messagesLimited()) {
            line.atom("MESSAGE").number(root.usedMessages()).number(root.messageLimit());
        }
        line.close().end();
    }
}
