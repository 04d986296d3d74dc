package org.mailappliance.mailstore.message.sortkey;

import java.util.ArrayList;
import java.util.List;

/**
 * Message ids as REFERENCES threading (RFC 5256 §3) uses them: {@code <left@right>} tokens of Message-ID,
 * References and In-Reply-To, with white space (folding) inside removed. Text outside angle brackets (phrases,
 * comments) is skipped. Comparisons are case-sensitive, so ids are kept as written.
 */
public final class MessageIds {
    /** Stored parent chains are cut to this many characters, keeping the first id and the last ones. */
    public static final int MAX_CHAIN = 4000;

    private MessageIds() {
    }

    /** Every valid id in a header value, in order; empty for null. */
    public static List<String> all(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        int i = 0;
        int n = value.length();
        while (i < n) {
            int open = value.indexOf('<', i);
            if (open < 0) {
                break;
            }
            int close = value.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            int nested = value.indexOf('<', open + 1);
            if (nested >= 0 && nested < close) {
                i = nested;
                continue;
            }
            String id = valid(value, open + 1, close);
            if (id != null) {
                out.add(id);
            }
            i = close + 1;
        }
        return out;
    }

    /** The first valid id of a Message-ID value, or null. */
    public static String first(String value) {
        List<String> ids = all(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * The parent chain of a message, oldest first: the ids of References, or those of In-Reply-To when References
     * has none (RFC 5256 §3 step 1).
     */
    public static List<String> chain(String references, String inReplyTo) {
        List<String> refs = all(references);
        return refs.isEmpty() ? all(inReplyTo) : refs;
    }

    /**
     * A chain as stored: ids separated by single spaces, at most {@link #MAX_CHAIN} characters. When too long, ids
     * after the first are dropped from the front: the last ones name the parent and grandparents, which matter most.
     */
    public static String join(List<String> chain) {
        if (chain.isEmpty()) {
            return null;
        }
        String all = String.join(" ", chain);
        if (all.length() <= MAX_CHAIN) {
            return all;
        }
        String first = chain.get(0);
        boolean keepFirst = first.length() < MAX_CHAIN / 4;
        int budget = keepFirst ? MAX_CHAIN - first.length() - 1 : MAX_CHAIN;
        List<String> tail = new ArrayList<>();
        for (int i = chain.size() - 1; i >= (keepFirst ? 1 : 0); i--) {
            int cost = chain.get(i).length() + (tail.isEmpty() ? 0 : 1);
            if (cost > budget) {
                break;
            }
            budget -= cost;
            tail.add(chain.get(i));
        }
        java.util.Collections.reverse(tail);
        StringBuilder out = new StringBuilder(MAX_CHAIN);
        if (keepFirst) {
            out.append(first);
        }
        for (String id : tail) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(id);
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** A stored chain split again. */
    public static String[] split(String stored) {
        return stored == null || stored.isEmpty() ? new String[0] : stored.split(" ");
    }

    private static String valid(String value, int from, int to) {
        StringBuilder id = new StringBuilder(to - from + 2).append('<');
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                id.append(c);
            }
        }
        if (id.length() == 1) {
            return null;
        }
        return id.append('>').toString();
    }
}
