package org.mailappliance.nntp.feed;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Message-IDs being transferred right now, on any connection: while one peer sends an article, an offer of the
 * same article from another is answered "try later" (436 to IHAVE, 431 to CHECK) rather than taken twice. Shared by
 * every session of one engine.
 */
public final class Transfers {
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** Marks the article as arriving; false when another connection already transfers it. */
    public boolean claim(String messageId) {
        return inFlight.add(messageId);
    }

    public boolean busy(String messageId) {
        return inFlight.contains(messageId);
    }

    public void release(String messageId) {
        inFlight.remove(messageId);
    }
}
