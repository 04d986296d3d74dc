package org.mailappliance.imap.selected;

import org.mailappliance.imap.command.CommandException;
import org.mailappliance.imap.parse.SequenceSet;

/** Turns a command's sequence set into UIDs of the session's view; a bad message number is the client's error. */
final class Resolving {
    private Resolving() {
    }

    static long[] resolve(SelectedMailbox selected, SequenceSet set, boolean uid) throws CommandException {
        if (set.isSavedResult()) {
            throw CommandException.bad("$ (SEARCHRES) is not supported");
        }
        try {
            return selected.resolve(set, uid);
        } catch (IllegalArgumentException e) {
            throw CommandException.bad(e.getMessage());
        }
    }
}
