package org.mailappliance.imap.thread;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a thread tree: a message (by its index in the sequence-number ordered input) or a dummy standing for a
 * message that is referenced but not in the selection (or that groups threads of one subject).
 */
public final class ThreadNode {
    static final int DUMMY = -1;

    /** Set once when a dummy turns out to be a message of the selection. */
    int index;
    ThreadNode parent;
    final List<ThreadNode> children = new ArrayList<>(1);

    ThreadNode(int index) {
        this.index = index;
    }

    /** The message's index in the input, or -1 for a dummy. */
    public int index() {
        return index;
    }

    public boolean isDummy() {
        return index == DUMMY;
    }

    public List<ThreadNode> children() {
        return children;
    }

    void add(ThreadNode child) {
        child.parent = this;
        children.add(child);
    }
}
