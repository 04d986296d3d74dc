package org.mailappliance.mailstore.mailbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.db.StoreMeta;

/**
 * Hands out UIDVALIDITY values as Cyrus does: the creation time in seconds, but always above the last one
 * handed out, so a mailbox deleted and re-created within a second still tells clients their cache is stale.
 */
final class UidValidities {
    static final String LAST_KEY = "uidvalidity.last";
    private static final long MAX = 0xFFFF_FFFFL;

    private final Clock clock;

    UidValidities(Clock clock) {
        this.clock = clock;
    }

    /** Takes the next value inside the caller's transaction; the counter row stays locked until it ends. */
    long next(Connection c) throws SQLException {
        long last = StoreMeta.getForUpdate(c, LAST_KEY).map(Long::parseLong)
                .orElseThrow(() -> new StoreException("store_meta lacks " + LAST_KEY + "; is the schema migrated?"));
        long next = Math.max(clock.instant().getEpochSecond(), last + 1);
        if (next > MAX) {
            throw new StoreException("UIDVALIDITY space exhausted (last " + last + ")");
        }
        StoreMeta.put(c, LAST_KEY, Long.toString(next));
        return next;
    }
}
