package org.mailappliance.imap.fetch;

import java.util.List;

/** One fetch-att of a FETCH command (RFC 9051 §6.4.5, RFC 8514 SAVEDATE), after the macros are expanded. */
public sealed interface FetchItem {

    /** Items answered from the index record or the cache, and the RFC822 forms of whole-message sections. */
    enum Simple implements FetchItem {
        FLAGS("FLAGS"), INTERNALDATE("INTERNALDATE"), RFC822_SIZE("RFC822.SIZE"), ENVELOPE("ENVELOPE"),
        BODY("BODY"), BODYSTRUCTURE("BODYSTRUCTURE"), UID("UID"), SAVEDATE("SAVEDATE"),
        /** RFC 8474 object identifiers. */
        EMAILID("EMAILID"), THREADID("THREADID"),
        /** BODY[] with \Seen set. */
        RFC822("RFC822"),
        /** BODY.PEEK[HEADER]. */
        RFC822_HEADER("RFC822.HEADER"),
        /** BODY[TEXT] with \Seen set. */
        RFC822_TEXT("RFC822.TEXT");

        private final String wire;

        Simple(String wire) {
            this.wire = wire;
        }

        /** The name as the request writes it and the response answers it. */
        public String wire() {
            return wire;
        }

        @Override
        public boolean setsSeen() {
            return this == RFC822 || this == RFC822_TEXT;
        }
    }

    /**
     * {@code BODY[section]<origin.count>} or {@code BODY.PEEK[...]}.
     *
     * @param partial null when the whole section is wanted
     */
    record BodySection(boolean peek, Section section, Partial partial) implements FetchItem {
        @Override
        public boolean setsSeen() {
            return !peek;
        }

        /** The response's item name: {@code BODY[section]} and {@code <origin>} for a partial fetch (no count). */
        public String responseName() {
            return "BODY[" + section.label() + "]" + (partial == null ? "" : "<" + partial.origin() + ">");
        }
    }

    /**
     * {@code BINARY[part]<origin.count>} or {@code BINARY.PEEK[...]} (RFC 3516): the part with its transfer encoding
     * undone.
     *
     * @param part    part numbers, outermost first; empty for the whole message
     * @param partial null when the whole part is wanted
     */
    record Binary(boolean peek, List<Integer> part, Partial partial) implements FetchItem {
        public Binary {
            part = List.copyOf(part);
        }

        @Override
        public boolean setsSeen() {
            return !peek;
        }

        public String responseName() {
            return "BINARY[" + partLabel(part) + "]" + (partial == null ? "" : "<" + partial.origin() + ">");
        }
    }

    /** {@code BINARY.SIZE[part]} (RFC 3516): the decoded size of the part. */
    record BinarySize(List<Integer> part) implements FetchItem {
        public BinarySize {
            part = List.copyOf(part);
        }

        @Override
        public boolean setsSeen() {
            return false;
        }

        public String responseName() {
            return "BINARY.SIZE[" + partLabel(part) + "]";
        }
    }

    private static String partLabel(List<Integer> part) {
        StringBuilder sb = new StringBuilder();
        for (int n : part) {
            sb.append(sb.length() == 0 ? "" : ".").append(n);
        }
        return sb.toString();
    }

    /** {@code <origin.count>}: at most {@code count} octets from {@code origin}. */
    record Partial(long origin, long count) {
    }

    /** Whether fetching this item marks the message \Seen (RFC 9051 §6.4.5: the non-PEEK body forms). */
    boolean setsSeen();
}
