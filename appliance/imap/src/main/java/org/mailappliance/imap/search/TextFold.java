package org.mailappliance.imap.search;

import java.text.Normalizer;

/**
 * The comparison form of search text, as Cyrus builds it (charset.c with search_skipdiacrit on, its default):
 * compatibility decomposition (NFKD), diacritics dropped, case folded (full folding, so "ß" equals "SS"), every
 * run of white space one blank. Applied alike to the search string and to the message text, so a substring of the
 * folded message is a match.
 */
final class TextFold {
    private TextFold() {
    }

    /** Folds a whole string to code points. */
    static int[] fold(String text) {
        Sink sink = new Sink();
        new Folder(sink).feed(text);
        return sink.out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Receives folded code points. */
    interface CodePointSink {
        void accept(int codePoint);
    }

    /** Folds text that arrives in pieces; a surrogate pair or a base letter split across pieces still folds right. */
    static final class Folder {
        private final CodePointSink sink;
        private final StringBuilder pending = new StringBuilder();
        private boolean lastWasSpace;

        Folder(CodePointSink sink) {
            this.sink = sink;
        }

        void feed(CharSequence piece) {
            pending.append(piece);
            // keep a trailing high surrogate (its pair is in the next piece); combining marks are dropped anyway
            int end = pending.length();
            if (end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) {
                end--;
            }
            String chunk = Normalizer.normalize(pending.subSequence(0, end), Normalizer.Form.NFKD);
            pending.delete(0, end);
            emit(chunk);
        }

        /** Starts a new, unrelated text (a new header field or body part): white space does not merge across. */
        void reset() {
            pending.setLength(0);
            lastWasSpace = false;
        }

        private void emit(String chunk) {
            for (int i = 0; i < chunk.length(); ) {
                int cp = chunk.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    if (!lastWasSpace) {
                        sink.accept(' ');
                    }
                    lastWasSpace = true;
                    continue;
                }
                lastWasSpace = false;
                if (cp < 0x80) {
                    sink.accept(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
                    continue;
                }
                // full case folding: upper-casing first maps ß to SS and final sigma to sigma
                String upper = new String(Character.toChars(cp)).toUpperCase(java.util.Locale.ROOT);
                upper.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(sink::accept);
            }
        }
    }

    private static final class Sink implements CodePointSink {
        final java.util.List<Integer> out = new java.util.ArrayList<>();

        @Override
        public void accept(int codePoint) {
            out.add(codePoint);
        }
    }
}
