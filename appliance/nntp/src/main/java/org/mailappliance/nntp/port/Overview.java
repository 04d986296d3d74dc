package org.mailappliance.nntp.port;

import java.time.Instant;

/**
 * The overview data of one article (RFC 3977 §8.3), taken from what the store computed at delivery (its cache of
 * header values), never by re-reading the message.
 *
 * @param number     the article number (the message's IMAP UID)
 * @param subject    Subject header value or null
 * @param from       From header value or null
 * @param date       Date header value or null
 * @param messageId  Message-ID header value (with angle brackets) or null
 * @param references References header value or null
 * @param bytes      the article's size in octets (:bytes)
 * @param lines      body line count (:lines), or -1 when the cache does not know it
 * @param arrived    when the article arrived (INTERNALDATE), for NEWNEWS
 */
public record Overview(long number, String subject, String from, String date, String messageId, String references,
                       long bytes, long lines, Instant arrived) {
}
