package org.mailappliance.imap.sort;

import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.mailappliance.mailstore.message.SortRecord;

/**
 * The sort keys of RFC 5256 §3 and RFC 5957 §4: each is a number or a string of a {@link SortRecord}. Strings are
 * the stored i;unicode-casemap keys, compared by code point; a missing header or address is the empty string, which
 * sorts first.
 */
public enum SortKey {
    /** INTERNALDATE. */
    ARRIVAL(SortRecord::internalDate, null),
    /** addr-mailbox of the first Cc address. */
    CC(null, r -> r.keys().cc()),
    /** The Date header in UTC, INTERNALDATE when it is missing or unparsable (RFC 5256 §2.2). */
    DATE(SortRecord::sentDate, null),
    /** addr-mailbox of the first From address. */
    FROM(null, r -> r.keys().from()),
    /** RFC822.SIZE. */
    SIZE(SortRecord::size, null),
    /** The base subject (RFC 5256 §2.1). */
    SUBJECT(null, r -> r.keys().subject()),
    /** addr-mailbox of the first To address. */
    TO(null, r -> r.keys().to()),
    /** The display name of the first From address, else its address (RFC 5957). */
    DISPLAYFROM(null, r -> r.keys().displayFrom()),
    /** The display name of the first To address, else its address (RFC 5957). */
    DISPLAYTO(null, r -> r.keys().displayTo());

    private final ToLongFunction<SortRecord> number;
    private final Function<SortRecord, String> string;

    /** Exactly one of the two is given. */
    SortKey(ToLongFunction<SortRecord> number, Function<SortRecord, String> string) {
        this.number = number;
        this.string = string;
    }

    /** Whether the key is a string (compared by collation key) rather than a number. */
    boolean isString() {
        return string != null;
    }

    long number(SortRecord r) {
        return number.applyAsLong(r);
    }

    String string(SortRecord r) {
        return string.apply(r);
    }
}
