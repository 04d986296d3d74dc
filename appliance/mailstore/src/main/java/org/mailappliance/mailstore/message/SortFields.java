package org.mailappliance.mailstore.message;

import java.time.Instant;

/**
 * Header values kept in the index for SORT, THREAD and header SEARCH: unfolded, RFC 2047 decoded to Unicode
 * (these are compared by meaning), each cut at {@link #MAX_LENGTH} characters. Null when the header is absent.
 *
 * @param sentDate the Date header parsed (RFC 5322 with obsolete forms), null when missing or unparsable
 */
public record SortFields(String subject, String from, String to, String cc, String date, Instant sentDate,
        String messageId, String references, String inReplyTo) {
    public static final int MAX_LENGTH = 4000;
}
