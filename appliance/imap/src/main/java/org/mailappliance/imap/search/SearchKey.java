package org.mailappliance.imap.search;

import java.time.LocalDate;
import java.util.List;
import org.mailappliance.imap.parse.SequenceSet;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * One node of a decoded search program (RFC 9051 §6.4.4). Keys that are spelled differently but mean the same are
 * decoded to one form: UNSEEN is {@code Flag(SEEN, false)}, NEW is RECENT and UNSEEN, OLD is NOT RECENT.
 */
public sealed interface SearchKey {

    /** How expensive a key is to evaluate, so AND and OR can try the cheap ones first. */
    enum Cost { RECORD, INDEX, FILE }

    Cost cost();

    /** ALL, and SAVEDATESUPPORTED (this store keeps a save date for every message, RFC 8514). */
    record All() implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** ANSWERED, DELETED, ..., and their UN- forms ({@code set} false). */
    record Flag(SystemFlag flag, boolean set) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** KEYWORD / UNKEYWORD. */
    record Keyword(String keyword, boolean set) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** RECENT: session state, not stored. */
    record Recent() implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** Which date of a message a date key compares. */
    enum DateField { INTERNAL, SENT, SAVED }

    /** BEFORE/ON/SINCE, SENT*, SAVED*: the calendar date of the message, compared with {@code date}. */
    record DateKey(DateField field, Comparison comparison, LocalDate date) implements SearchKey {
        public Cost cost() {
            return field == DateField.SENT ? Cost.INDEX : Cost.RECORD;
        }
    }

    enum Comparison { BEFORE, ON, SINCE }

    /** OLDER / YOUNGER (RFC 5032): INTERNALDATE relative to now, in seconds. */
    record Within(boolean older, long seconds) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** LARGER ({@code larger} true) / SMALLER: RFC822.SIZE strictly above / below {@code size}. */
    record Size(boolean larger, long size) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /** A sequence set ({@code uid} false) or UID set. */
    record Set(SequenceSet set, boolean uid) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    /**
     * SUBJECT, FROM, TO, CC, BCC and HEADER: a substring of the decoded value of a top-level header field. An empty
     * string matches every message that has the field.
     */
    record Header(String field, String text) implements SearchKey {
        public Cost cost() {
            return IndexedHeaders.isIndexed(field) ? Cost.INDEX : Cost.FILE;
        }
    }

    /** BODY ({@code withHeader} false) and TEXT. */
    record Text(String text, boolean withHeader) implements SearchKey {
        public Cost cost() {
            return Cost.FILE;
        }
    }

    /** EMAILID / THREADID (RFC 8474 §6): the message with that object id; no message has a THREADID here. */
    record ObjectId(boolean thread, String id) implements SearchKey {
        public Cost cost() {
            return Cost.RECORD;
        }
    }

    record Not(SearchKey key) implements SearchKey {
        public Cost cost() {
            return key.cost();
        }
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
        public Cost cost() {
            return left.cost().compareTo(right.cost()) >= 0 ? left.cost() : right.cost();
        }
    }

    /** Implicit AND: a key list at the top or in parentheses. */
    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }

        public Cost cost() {
            Cost c = Cost.RECORD;
            for (SearchKey k : keys) {
                c = k.cost().compareTo(c) > 0 ? k.cost() : c;
            }
            return c;
        }
    }
}
