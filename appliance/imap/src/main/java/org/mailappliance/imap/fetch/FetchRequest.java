package org.mailappliance.imap.fetch;

import java.util.List;
import org.mailappliance.imap.parse.SequenceSet;

/**
 * A decoded FETCH or UID FETCH.
 *
 * @param messages the sequence set as written (sequence numbers or UIDs)
 * @param items    the requested items in request order, macros expanded, duplicates kept out
 */
public record FetchRequest(SequenceSet messages, List<FetchItem> items) {
    public FetchRequest {
        items = List.copyOf(items);
    }

    /** Whether any item sets \Seen. */
    public boolean setsSeen() {
        return items.stream().anyMatch(FetchItem::setsSeen);
    }

    /** Whether the response needs the message file (any body section or RFC822 form). */
    public boolean readsFile() {
        return items.stream().anyMatch(i -> i instanceof FetchItem.BodySection || i instanceof FetchItem.Binary
                || i instanceof FetchItem.BinarySize || i == FetchItem.Simple.RFC822
                || i == FetchItem.Simple.RFC822_HEADER || i == FetchItem.Simple.RFC822_TEXT);
    }

    /** Whether ENVELOPE, BODY or BODYSTRUCTURE is wanted (they come from the cache). */
    public boolean readsCache() {
        return items.contains(FetchItem.Simple.ENVELOPE) || items.contains(FetchItem.Simple.BODY)
                || items.contains(FetchItem.Simple.BODYSTRUCTURE);
    }
}
