package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.SequenceSet;

/**
 * Turns a command's sequence set into UIDs of the session's view; a bad message number is the client's error.
 * {@code $} is the view's saved search result (empty when none was saved, RFC 5182 §2.1).
 */
final class Resolving {
    private Resolving() {
    }

    static long[] resolve(SelectedMailbox selected, SequenceSet set, boolean uid) throws CommandException {
        try {
            return selected.resolve(set, uid);
        } catch (IllegalArgumentException e) {
            throw CommandException.bad(e.getMessage());
        }
    }
}
