package org.mailappliance.mailstore.expire;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.mailappliance.mailstore.MailStore;
import org.mailappliance.mailstore.StoreException;
import org.mailappliance.mailstore.acl.Identity;
import org.mailappliance.mailstore.mailbox.DeletedNames;
import org.mailappliance.mailstore.mailbox.Mailbox;

/**
 * Cyrus's cyr_expire, run in-process from an EVENTS entry: -E prunes the duplicate-delivery records, -X purges
 * messages expunged with expunge_mode delayed, -D purges mailboxes deleted with delete_mode delayed (their name
 * ends with the deletion time in hex seconds, as Cyrus names them).
 */
public final class CyrExpire {
    private static final Logger LOG = Logger.getLogger(CyrExpire.class.getName());

    private final MailStore store;
    private final Clock clock;

    public CyrExpire(MailStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What one run did. */
    public record Report(int deliveriesPruned, int expungedPurged, List<String> deletedPurged) {
    }

    public Report run(CyrExpireOptions options) {
        Instant now = clock.instant();
        int deliveries = options.deliveries().map(d -> store.messages().pruneDeliveries(now.minus(d))).orElse(0);
        int expunged = options.expunged().map(d -> store.messages().purgeExpunged(now.minus(d), options.prefix()))
                .orElse(0);
        List<String> deleted = options.deleted().map(d -> purgeDeleted(now.minus(d), options.prefix()))
                .orElse(List.of());
        Report report = new Report(deliveries, expunged, deleted);
        Level level = options.verbose() ? Level.INFO : Level.FINE;
        LOG.log(level, () -> String.format("cyr_expire: %d duplicate-delivery records pruned, %d expunged messages "
                + "purged, %d deleted mailboxes purged %s", deliveries, expunged, deleted.size(), deleted));
        return report;
    }

    private List<String> purgeDeleted(Instant before, String prefix) {
        List<String> purged = new ArrayList<>();
        for (Mailbox m : store.mailboxes().listDeleted("")) {
            Optional<Instant> deletedAt = DeletedNames.deletionTime(m.name());
            if (deletedAt.isEmpty() || !deletedAt.get().isBefore(before)
                    || !DeletedNames.originalName(m.name()).startsWith(prefix)) {
                continue;
            }
            try {
                purged.addAll(store.mailboxes().delete(m.name(), Identity.SYSTEM));
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "cyr_expire: cannot purge deleted mailbox " + m.name(), e);
            }
        }
        return purged;
    }
}
