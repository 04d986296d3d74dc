package org.mailappliance.mailstore.message;

/**
 * What SORT and THREAD compare, computed once at delivery (RFC 5256, RFC 5957). The string keys are collation keys
 * ({@link org.mailappliance.mailstore.message.sortkey.Collation}), never null: the empty string when the header or
 * address is missing.
 *
 * @param subject        the base subject (RFC 5256 §2.1)
 * @param reply          whether base subject extraction removed a reply or forward marker
 * @param from           addr-mailbox of the first From address
 * @param to             addr-mailbox of the first To address
 * @param cc             addr-mailbox of the first Cc address
 * @param displayFrom    the display form of the first From address (RFC 5957 §3)
 * @param displayTo      the display form of the first To address
 * @param messageId      the message's own id ({@code <x@y>}), null when it has no valid one
 * @param references     the parent chain, oldest first, ids separated by spaces; null when there is none
 */
public record SortKeys(String subject, boolean reply, String from, String to, String cc, String displayFrom,
        String displayTo, String messageId, String references) {

    /** Stored with the keys; rows without it predate them and are computed from the cached header values. */
    public static final int VERSION = 1;
    /** Longest stored key of an address (the column's size). */
    public static final int MAX_ADDRESS_KEY = 1000;
    /** Longest stored subject key. */
    public static final int MAX_SUBJECT_KEY = 4000;
}
