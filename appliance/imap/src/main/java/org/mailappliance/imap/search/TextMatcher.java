package org.mailappliance.imap.search;

/**
 * Finds one folded search string in folded text that arrives code point by code point (Knuth-Morris-Pratt), so a
 * message body is searched in constant memory whatever its size. Once found it stays found.
 */
final class TextMatcher implements TextFold.CodePointSink {
    private final int[] needle;
    private final int[] failure;
    private int matched;
    private boolean found;

    TextMatcher(String text) {
        this.needle = TextFold.fold(text);
        this.failure = failureTable(needle);
        this.found = needle.length == 0;
    }

    boolean found() {
        return found;
    }

    /** Forgets a partial match: the next text is unrelated to the previous (another header field or part). */
    void reset() {
        matched = 0;
    }

    @Override
    public void accept(int cp) {
        if (found) {
            return;
        }
        while (matched > 0 && needle[matched] != cp) {
            matched = failure[matched - 1];
        }
        if (needle[matched] == cp) {
            matched++;
        }
        if (matched == needle.length) {
            found = true;
        }
    }


    private static int[] failureTable(int[] p) {
        int[] f = new int[p.length];
        int k = 0;
        for (int i = 1; i < p.length; i++) {
            while (k > 0 && p[i] != p[k]) {
                k = f[k - 1];
            }
            if (p[i] == p[k]) {
                k++;
            }
            f[i] = k;
        }
        return f;
    }

    /** Whether folded {@code haystack} contains this matcher's string (for values already in memory). */
    static boolean contains(String haystack, String text) {
        TextMatcher m = new TextMatcher(text);
        new TextFold.Folder(m).feed(haystack);
        return m.found();
    }
}
