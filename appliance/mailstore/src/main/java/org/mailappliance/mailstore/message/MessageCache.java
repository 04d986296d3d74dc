package org.mailappliance.mailstore.message;

/**
 * What FETCH needs without reading the message again (Cyrus's cyrus.cache), computed once at append.
 *
 * @param envelope      the ENVELOPE value as IMAP writes it, e.g. {@code ("date" "subject" ((...)) ...)}
 * @param body          the BODY value (BODYSTRUCTURE without extension data)
 * @param bodyStructure the BODYSTRUCTURE value with extension data
 * @param headerSize    length of the header block in bytes including the blank line (offset of BODY[TEXT])
 * @param sortFields    header values for SORT and SEARCH
 * @param sortKeys      what SORT and THREAD compare
 */
public record MessageCache(String envelope, String body, String bodyStructure, long headerSize, SortFields sortFields,
        SortKeys sortKeys) {
}
