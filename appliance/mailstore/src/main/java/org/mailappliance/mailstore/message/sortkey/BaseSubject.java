package org.mailappliance.mailstore.message.sortkey;

/**
 * The base subject of RFC 5256 §2.1, extracted exactly by its steps (2) to (6) from a subject already decoded to
 * Unicode (step (1)'s RFC 2047 decoding is the caller's), and whether the extraction marks the message as a reply or
 * forward (RFC 5256 §3, REFERENCES step 5: it removed a subj-refwd, a "(fwd)" trailer or a "[fwd: ...]" wrapper).
 *
 * <pre>
 * subj-trailer = "(fwd)" / WSP
 * subj-leader  = (*subj-blob subj-refwd) / WSP
 * subj-refwd   = ("re" / ("fw" ["d"])) *WSP [subj-blob] ":"
 * subj-blob    = "[" *BLOBCHAR "]" *WSP          ; BLOBCHAR: any char except "[" and "]"
 * subj-fwd-hdr = "[fwd:"   subj-fwd-trl = "]"
 * </pre>
 */
public final class BaseSubject {
    /**
     * @param base           the base subject (not case-mapped); empty when the subject was missing or empty
     * @param replyOrForward whether the extraction removed a reply or forward marker
     */
    public record Result(String base, boolean replyOrForward) {
    }

    private static final Result EMPTY = new Result("", false);

    private BaseSubject() {
    }

    public static Result of(String subject) {
        if (subject == null || subject.isEmpty()) {
            return EMPTY;
        }
        String s = spaces(subject);
        int start = 0;
        int end = s.length();
        boolean reply = false;
        while (true) {
            // (2) trailers, repeatedly
            while (end > start) {
                if (isWsp(s.charAt(end - 1))) {
                    end--;
                } else if (end - start >= 5 && s.regionMatches(true, end - 5, "(fwd)", 0, 5)) {
                    end -= 5;
                    reply = true;
                } else {
                    break;
                }
            }
            // (3) leaders and (4) a blob that leaves a non-empty remainder, (5) until neither matches
            boolean matched = true;
            while (matched && start < end) {
                matched = false;
                if (isWsp(s.charAt(start))) {
                    start++;
                    matched = true;
                    continue;
                }
                int refwd = leaderWithRefwd(s, start, end);
                if (refwd > start) {
                    start = refwd;
                    reply = true;
                    matched = true;
                    continue;
                }
                int blob = blob(s, start, end);
                if (blob > start && blob < end) {
                    start = blob;
                    matched = true;
                }
            }
            // (6) "[fwd:" ... "]" around the rest: unwrap and start again from (2)
            if (end - start >= 6 && s.regionMatches(true, start, "[fwd:", 0, 5) && s.charAt(end - 1) == ']') {
                start += 5;
                end -= 1;
                reply = true;
                continue;
            }
            return new Result(s.substring(start, end), reply);
        }
    }

    /** (1) without the decoding: tabs and line breaks become spaces, runs of spaces one space. */
    private static String spaces(String subject) {
        StringBuilder out = null;
        boolean lastSpace = false;
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
            if (space && (c != ' ' || lastSpace) && out == null) {
                out = new StringBuilder(subject.length()).append(subject, 0, i);
            }
            if (out != null && !(space && lastSpace)) {
                out.append(space ? ' ' : c);
            }
            lastSpace = space;
        }
        return out == null ? subject : out.toString();
    }

    /** The end of {@code *subj-blob subj-refwd} at {@code from}, or -1. */
    private static int leaderWithRefwd(String s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) == '[') {
            int b = blob(s, i, end);
            if (b < 0) {
                return -1;
            }
            i = b;
        }
        if (i + 2 <= end && s.regionMatches(true, i, "re", 0, 2)) {
            i += 2;
        } else if (i + 2 <= end && s.regionMatches(true, i, "fw", 0, 2)) {
            i += 2;
            if (i < end && (s.charAt(i) == 'd' || s.charAt(i) == 'D')) {
                i++;
            }
        } else {
            return -1;
        }
        while (i < end && isWsp(s.charAt(i))) {
            i++;
        }
        if (i < end && s.charAt(i) == '[') {
            int b = blob(s, i, end);
            if (b < 0) {
                return -1;
            }
            i = b;
        }
        return i < end && s.charAt(i) == ':' ? i + 1 : -1;
    }

    /** The end of a subj-blob ({@code "[" *BLOBCHAR "]" *WSP}) at {@code from}, or -1. */
    private static int blob(String s, int from, int end) {
        if (from >= end || s.charAt(from) != '[') {
            return -1;
        }
        int i = from + 1;
        while (i < end && s.charAt(i) != ']') {
            char c = s.charAt(i);
            if (c == '[' || c == 0) {
                return -1;
            }
            i++;
        }
        if (i >= end) {
            return -1;
        }
        i++;
        while (i < end && isWsp(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }
}
