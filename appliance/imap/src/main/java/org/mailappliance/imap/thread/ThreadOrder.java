package org.mailappliance.imap.thread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mailappliance.mailstore.message.SortRecord;

/**
 * Orders thread nodes by sent date (RFC 5256 §2.2, ties by sequence number); a dummy sorts as its first child. Trees
 * are walked with an explicit stack: a long reply chain must not overflow the call stack.
 */
final class ThreadOrder {
    private final SortRecord[] records;
    final Comparator<ThreadNode> bySentDate;

    ThreadOrder(SortRecord[] records) {
        this.records = records;
        this.bySentDate = (a, b) -> {
            int x = representative(a);
            int y = representative(b);
            int c = Long.compare(sentDate(x), sentDate(y));
            return c != 0 ? c : Integer.compare(x, y);
        };
    }

    long sentDate(int index) {
        SortRecord r = index < 0 ? null : records[index];
        return r == null ? 0 : r.sentDate();
    }

    /** The message a node sorts as: itself, or for a dummy its first (already sorted) child. */
    static int representative(ThreadNode node) {
        ThreadNode n = node;
        while (n.isDummy() && !n.children.isEmpty()) {
            n = n.children.get(0);
        }
        return n.index;
    }

    /** Every node below {@code top} (not {@code top} itself) with each node's children before the node itself. */
    static List<ThreadNode> childrenFirst(ThreadNode top) {
        List<ThreadNode> preOrder = new ArrayList<>();
        ArrayList<ThreadNode> stack = new ArrayList<>(top.children);
        while (!stack.isEmpty()) {
            ThreadNode n = stack.remove(stack.size() - 1);
            preOrder.add(n);
            stack.addAll(n.children);
        }
        java.util.Collections.reverse(preOrder);
        return preOrder;
    }

    /** Sorts every set of siblings under {@code top}, deepest first, then {@code top}'s children. */
    void sortTree(ThreadNode top) {
        for (ThreadNode n : childrenFirst(top)) {
            if (n.children.size() > 1) {
                n.children.sort(bySentDate);
            }
        }
        top.children.sort(bySentDate);
    }
}
