package org.mailappliance.imap.thread;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.mailappliance.imap.response.ResponseWriter;

/**
 * Writes {@code * THREAD (2)(3 6 (4 23)(44 7 96))} (RFC 5256 §4): each thread in parentheses; a message with one
 * child is followed by it after a space, one with several children by a parenthesized list per child; a dummy at
 * the top is left out, leaving only its children's lists.
 */
final class ThreadResponse {
    private ThreadResponse() {
    }

    static void write(ResponseWriter out, List<ThreadNode> threads, long[] numbers) {
        var line = out.untagged().atom("THREAD");
        if (!threads.isEmpty()) {
            line.atom(format(threads, numbers));
        }
        line.end();
    }

    /** The thread lists, without separators between them (the grammar has none). */
    static String format(List<ThreadNode> threads, long[] numbers) {
        StringBuilder sb = new StringBuilder(numbers.length * 8);
        // an explicit stack: a long reply chain must not overflow the call stack
        Deque<Object> work = new ArrayDeque<>();
        for (int i = threads.size() - 1; i >= 0; i--) {
            work.push(")");
            ThreadNode t = threads.get(i);
            if (t.isDummy()) {
                pushChildren(work, t);
            } else {
                work.push(t);
            }
            work.push("(");
        }
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String s) {
                sb.append(s);
                continue;
            }
            ThreadNode n = (ThreadNode) next;
            sb.append(numbers[n.index]);
            while (n.children.size() == 1) {
                n = n.children.get(0);
                sb.append(' ').append(numbers[n.index]);
            }
            if (!n.children.isEmpty()) {
                sb.append(' ');
                pushChildren(work, n);
            }
        }
        return sb.toString();
    }

    /** Each child as its own parenthesized list, in order. */
    private static void pushChildren(Deque<Object> work, ThreadNode n) {
        for (int i = n.children.size() - 1; i >= 0; i--) {
            work.push(")");
            work.push(n.children.get(i));
            work.push("(");
        }
    }
}
