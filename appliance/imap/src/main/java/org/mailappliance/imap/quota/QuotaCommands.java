package org.mailappliance.imap.quota;

import org.mailappliance.imap.command.CommandRegistry;
import org.mailappliance.imap.mailbox.ImapStore;
import org.mailappliance.imap.session.SessionState;

/**
 * Installs GETQUOTA, GETQUOTAROOT and SETQUOTA (RFC 9208) with the STORAGE (KiB) and MESSAGE resources, and
 * advertises them after login: {@code QUOTA}, {@code QUOTA=RES-STORAGE}, {@code QUOTA=RES-MESSAGE} and
 * {@code QUOTASET} (SETQUOTA works, for admins, as in Cyrus).
 */
public final class QuotaCommands {
    private QuotaCommands() {
    }

    public static void install(CommandRegistry registry, ImapStore store) {
        registry.register(GetQuotaCommands.getQuota(store))
                .register(GetQuotaCommands.getQuotaRoot(store))
                .register(SetQuotaCommand.definition(store));
        registry.advertise((session, caps) -> {
            if (session.state() == SessionState.AUTHENTICATED || session.state() == SessionState.SELECTED) {
                caps.add("QUOTA");
                caps.add("QUOTA=RES-STORAGE");
                caps.add("QUOTA=RES-MESSAGE");
                caps.add("QUOTASET");
            }
        });
    }
}
