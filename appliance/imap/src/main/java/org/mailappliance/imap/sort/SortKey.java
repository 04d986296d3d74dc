package org.mailappliance.imap.sort;

import java.util.Comparator;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.Collation;

/**
 * The sort keys of RFC 5256 §3 and RFC 5957 §4, each as an ascending order on {@link SortRecord}s. Strings compare
 * by their stored i;unicode-casemap keys; a missing header or address is the empty string, which sorts first.
 */
public enum SortKey {
    /** INTERNALDATE. */
    ARRIVAL(Comparator.comparingLong(SortRecord::internalDate)),
    /** addr-mailbox of the first Cc address. */
    CC(strings(r -> r.keys().cc())),
    /** The Date header in UTC, INTERNALDATE when it is missing or unparsable (RFC 5256 §2.2). */
    DATE(Comparator.comparingLong(SortRecord::sentDate)),
    /** addr-mailbox of the first From address. */
    FROM(strings(r -> r.keys().from())),
    /** RFC822.SIZE. */
    SIZE(Comparator.comparingLong(SortRecord::size)),
    /** The base subject (RFC 5256 §2.1). */
    SUBJECT(strings(r -> r.keys().subject())),
    /** addr-mailbox of the first To address. */
    TO(strings(r -> r.keys().to())),
    /** The display name of the first From address, else its address (RFC 5957). */
    DISPLAYFROM(strings(r -> r.keys().displayFrom())),
    /** The display name of the first To address, else its address (RFC 5957). */
    DISPLAYTO(strings(r -> r.keys().displayTo()));

    private final Comparator<SortRecord> order;

    SortKey(Comparator<SortRecord> order) {
        this.order = order;
    }

    /** Ascending order by this key alone. */
    public Comparator<SortRecord> order() {
        return order;
    }

    private static Comparator<SortRecord> strings(java.util.function.Function<SortRecord, String> key) {
        return (a, b) -> Collation.compare(key.apply(a), key.apply(b));
    }
}
