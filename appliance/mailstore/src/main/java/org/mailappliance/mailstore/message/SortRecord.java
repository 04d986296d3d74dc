package org.mailappliance.mailstore.message;

/**
 * One message as SORT and THREAD see it. Everything here is fixed when the message is stored (flags are not), so a
 * record stays valid for as long as its mailbox keeps its UIDVALIDITY.
 *
 * @param internalDate INTERNALDATE, epoch milliseconds (ARRIVAL)
 * @param size         RFC822.SIZE (SIZE)
 * @param sentDate     the Date header, epoch milliseconds, or INTERNALDATE when it is missing or unparsable (RFC 5256
 *                     §2.2: DATE and threading)
 */
public record SortRecord(long uid, long internalDate, long size, long sentDate, SortKeys keys) {
}
