package org.mailappliance.imap.sort;

/** One {@code sort-criterion}: a key, descending when REVERSE came before it. */
public record SortCriterion(SortKey key, boolean reverse) {
}
