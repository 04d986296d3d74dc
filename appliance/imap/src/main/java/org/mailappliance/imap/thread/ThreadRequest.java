package org.mailappliance.imap.thread;

import org.mailappliance.imap.search.SearchCriteria;

/** A decoded THREAD command (RFC 5256 §4). */
public record ThreadRequest(ThreadAlgorithm algorithm, SearchCriteria search) {
}
