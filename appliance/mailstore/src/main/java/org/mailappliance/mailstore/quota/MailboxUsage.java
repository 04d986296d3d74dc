package org.mailappliance.mailstore.quota;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Counts what a mailbox really holds (non-expunged messages), for recomputing quota usage ({@code quota -f},
 * reconstruct). The message store implements it; quotas never read message rows themselves.
 */
@FunctionalInterface
public interface MailboxUsage {
    Usage usageOf(Connection tx, String mailbox) throws SQLException;

    record Usage(long bytes, long messages) {
        public static final Usage NONE = new Usage(0, 0);

        public Usage plus(Usage other) {
            return new Usage(bytes + other.bytes, messages + other.messages);
        }
    }
}
