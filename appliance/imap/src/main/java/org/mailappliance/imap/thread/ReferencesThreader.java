package org.mailappliance.imap.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mailappliance.mailstore.message.SortKeys;
import org.mailappliance.mailstore.message.SortRecord;
import org.mailappliance.mailstore.message.sortkey.MessageIds;

/** THREAD=REFERENCES, RFC 5256 §3, steps (1) to (6). */
public final class ReferencesThreader {
    private static final SortKeys NONE = new SortKeys("", false, "", "", "", "", "", null, null);

    private final SortRecord[] records;
    private final ThreadOrder order;
    private final Map<String, ThreadNode> byId = new HashMap<>();
    /** Every node made, in the order made: (2) gathers the parentless ones from here. */
    private final List<ThreadNode> nodes = new ArrayList<>();

    private ReferencesThreader(SortRecord[] records) {
        this.records = records;
        this.order = new ThreadOrder(records);
    }

    /**
     * @param records the selected messages in sequence-number order (null: a record the store no longer has)
     * @return the threads, in order
     */
    public static List<ThreadNode> thread(SortRecord[] records) {
        return new ReferencesThreader(records).run();
    }

    private List<ThreadNode> run() {
        for (int i = 0; i < records.length; i++) {
            link(i);
        }
        ThreadNode root = new ThreadNode(ThreadNode.DUMMY);
        for (ThreadNode n : nodes) {
            if (n.parent == null) {
                root.add(n);
            }
        }
        prune(root);
        // (4) the threads by sent date; a dummy's children first, so it sorts as its first child
        for (ThreadNode n : root.children) {
            if (n.isDummy()) {
                n.children.sort(order.bySentDate);
            }
        }
        root.children.sort(order.bySentDate);
        mergeBySubject(root);
        order.sortTree(root);
        for (ThreadNode n : root.children) {
            n.parent = null;
        }
        return root.children;
    }

    private SortKeys keys(int index) {
        SortRecord r = records[index];
        return r == null ? NONE : r.keys();
    }

    /** (1) A and B: the message's own node, its references linked as a chain, itself under the last one. */
    private void link(int index) {
        SortKeys k = keys(index);
        ThreadNode self;
        ThreadNode known = k.messageId() == null ? null : byId.get(k.messageId());
        if (known != null && known.isDummy()) {
            // referenced by an earlier message: its dummy is this message
            known.index = index;
            self = known;
        } else {
            // no id, or a duplicate of an earlier message's id: a node no reference can reach
            self = node(index);
            if (known == null && k.messageId() != null) {
                byId.put(k.messageId(), self);
            }
        }
        String[] refs = MessageIds.split(k.references());
        ThreadNode previous = null;
        for (String ref : refs) {
            ThreadNode current = byId.computeIfAbsent(ref, id -> node(ThreadNode.DUMMY));
            if (previous != null && current.parent == null && !wouldLoop(previous, current)) {
                previous.add(current);
            }
            previous = current;
        }
        // (B) the last reference is the parent, replacing a link a truncated References made
        if (self.parent != null) {
            self.parent.children.remove(self);
            self.parent = null;
        }
        if (previous != null && !wouldLoop(previous, self)) {
            previous.add(self);
        }
    }

    private ThreadNode node(int index) {
        ThreadNode n = new ThreadNode(index);
        nodes.add(n);
        return n;
    }

    /** Whether making {@code parent} the parent of {@code child} would close a loop. */
    private static boolean wouldLoop(ThreadNode parent, ThreadNode child) {
        if (child.children.isEmpty()) {
            // nothing is below the child: the usual case, answered without walking up a long chain
            return parent == child;
        }
        for (ThreadNode n = parent; n != null; n = n.parent) {
            if (n == child) {
                return true;
            }
        }
        return false;
    }

    /**
     * (3) Dummies without children go; dummies with children give way to them, except at the top where only a
     * single child is promoted.
     */
    private static void prune(ThreadNode root) {
        for (ThreadNode n : ThreadOrder.childrenFirst(root)) {
            pruneChildren(n, false);
        }
        pruneChildren(root, true);
    }

    private static void pruneChildren(ThreadNode n, boolean top) {
        boolean anyDummy = false;
        for (ThreadNode c : n.children) {
            anyDummy |= c.isDummy();
        }
        if (!anyDummy) {
            return;
        }
        List<ThreadNode> kept = new ArrayList<>(n.children.size());
        for (ThreadNode c : n.children) {
            if (!c.isDummy()) {
                kept.add(c);
            } else if (!c.children.isEmpty() && (!top || c.children.size() == 1)) {
                for (ThreadNode g : c.children) {
                    g.parent = n;
                    kept.add(g);
                }
            } else if (!c.children.isEmpty()) {
                kept.add(c);
            }
        }
        n.children.clear();
        n.children.addAll(kept);
    }

    /** (5) Threads whose subjects match are gathered, as the RFC's subject table rules say. */
    private void mergeBySubject(ThreadNode root) {
        List<ThreadNode> threads = root.children;
        Map<String, ThreadNode> table = new HashMap<>();
        for (ThreadNode t : threads) {
            String subject = subject(t);
            if (subject.isEmpty()) {
                continue;
            }
            ThreadNode held = table.get(subject);
            if (held == null || (!held.isDummy() && (t.isDummy() || (reply(held) && !reply(t))))) {
                table.put(subject, t);
            }
        }
        ThreadNode[] slots = threads.toArray(new ThreadNode[0]);
        Map<ThreadNode, Integer> slotOf = new HashMap<>();
        for (int i = 0; i < slots.length; i++) {
            slotOf.put(slots[i], i);
        }
        for (int i = 0; i < slots.length; i++) {
            ThreadNode current = slots[i];
            if (current == null) {
                continue;
            }
            String subject = subject(current);
            if (subject.isEmpty()) {
                continue;
            }
            ThreadNode held = table.get(subject);
            if (held == current) {
                continue;
            }
            if (held.isDummy() && current.isDummy()) {
                for (ThreadNode c : current.children) {
                    held.add(c);
                }
            } else if (held.isDummy() || (reply(current) && !reply(held))) {
                held.add(current);
            } else {
                ThreadNode dummy = new ThreadNode(ThreadNode.DUMMY);
                int heldSlot = slotOf.get(held);
                dummy.add(held);
                dummy.add(current);
                slots[heldSlot] = dummy;
                slotOf.put(dummy, heldSlot);
                table.put(subject, dummy);
            }
            slots[i] = null;
        }
        threads.clear();
        for (ThreadNode t : slots) {
            if (t != null) {
                t.parent = root;
                threads.add(t);
            }
        }
    }

    /** The thread subject: the message's base subject, or its first child's for a dummy. */
    private String subject(ThreadNode thread) {
        int index = ThreadOrder.representative(thread);
        return index < 0 ? "" : keys(index).subject();
    }

    private boolean reply(ThreadNode node) {
        return !node.isDummy() && keys(node.index).reply();
    }
}
