package org.mailappliance.imap.sort;

import java.util.List;
import java.util.Set;
import org.mailappliance.imap.search.SearchCriteria;

/**
 * A decoded SORT command (RFC 5256, with RETURN of RFC 5267 ESORT).
 *
 * @param returnOptions the RETURN options, empty for {@code RETURN ()}, null without RETURN
 * @param criteria      the sort criteria, at least one
 * @param search        which messages to sort
 */
public record SortRequest(Set<ReturnOption> returnOptions, List<SortCriterion> criteria, SearchCriteria search) {

    /** ESORT return options (RFC 5267 §3; SAVE of RFC 5182). */
    public enum ReturnOption { MIN, MAX, ALL, COUNT, SAVE }

    public SortRequest {
        returnOptions = returnOptions == null ? null : Set.copyOf(returnOptions);
        criteria = List.copyOf(criteria);
    }
}
