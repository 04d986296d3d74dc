package org.mailappliance.imap.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.mailstore.message.MessageCache;
import org.mailappliance.mailstore.message.MessageRecord;
import org.mailappliance.mailstore.message.SortFields;

/**
 * Decides whether one message matches a search program. Within AND and OR the cheap keys (record fields) go first,
 * then index fields, then the file, so the file is read only when the cheaper keys have not already decided.
 */
final class SearchEvaluator {
    private final ZoneId zone;
    private final Clock clock;
    private final LongPredicate recent;
    private final int exists;
    private final long lastUid;
    private final long[] savedUids;

    /**
     * @param zone      the server's time zone: INTERNALDATE and save dates are compared by their calendar date there
     *                  (Cyrus compares with midnight of the search date in local time)
     * @param recent    whether a UID is \Recent for this session
     * @param exists    the session's message count ({@code *} of a sequence set)
     * @param lastUid   the largest UID the session knows ({@code *} of a UID set)
     * @param savedUids the saved search result for {@code $} (RFC 5182), ascending
     */
    SearchEvaluator(ZoneId zone, Clock clock, LongPredicate recent, int exists, long lastUid, long[] savedUids) {
        this.zone = zone;
        this.clock = clock;
        this.recent = recent;
        this.exists = exists;
        this.lastUid = lastUid;
        this.savedUids = savedUids;
    }

    boolean matches(SearchKey key, MessageFacts m) {
        MessageRecord r = m.record();
        if (key instanceof SearchKey.All) {
            return true;
        } else if (key instanceof SearchKey.Flag f) {
            return r.flags().has(f.flag()) == f.set();
        } else if (key instanceof SearchKey.Keyword k) {
            return hasKeyword(r, k.keyword()) == k.set();
        } else if (key instanceof SearchKey.Recent) {
            return recent.test(r.uid());
        } else if (key instanceof SearchKey.Size s) {
            return s.larger() ? r.size() > s.size() : r.size() < s.size();
        } else if (key instanceof SearchKey.Within w) {
            Instant limit = clock.instant().minusSeconds(w.seconds());
            return w.older() ? !r.internalDate().isAfter(limit) : r.internalDate().isAfter(limit);
        } else if (key instanceof SearchKey.Set s) {
            return inSet(s, r.uid(), m.msn());
        } else if (key instanceof SearchKey.DateKey d) {
            return compare(d.comparison(), date(d.field(), m), d.date());
        } else if (key instanceof SearchKey.Header h) {
            return header(h, m);
        } else if (key instanceof SearchKey.Text t) {
            return m.fileMatches(t);
        } else if (key instanceof SearchKey.ObjectId o) {
            return !o.thread() && ObjectIds.emailId(r).equals(o.id());
        } else if (key instanceof SearchKey.Not n) {
            return !matches(n.key(), m);
        } else if (key instanceof SearchKey.Or o) {
            List<SearchKey> both = cheapFirst(List.of(o.left(), o.right()));
            return matches(both.get(0), m) || matches(both.get(1), m);
        } else if (key instanceof SearchKey.And a) {
            for (SearchKey k : cheapFirst(a.keys())) {
                if (!matches(k, m)) {
                    return false;
                }
            }
            return true;
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    /** The keys in evaluation order: stable sort by cost. */
    static List<SearchKey> cheapFirst(List<SearchKey> keys) {
        List<SearchKey> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(SearchKey::cost));
        return sorted;
    }

    private static boolean hasKeyword(MessageRecord r, String keyword) {
        for (String k : r.flags().keywords()) {
            if (k.equalsIgnoreCase(keyword)) {
                return true;
            }
        }
        return false;
    }

    private boolean inSet(SearchKey.Set s, long uid, int msn) {
        if (s.set().isSavedResult()) {
            return Arrays.binarySearch(savedUids, uid) >= 0;
        }
        return s.uid() ? s.set().contains(uid, lastUid) : s.set().contains(msn, exists);
    }

    private LocalDate date(SearchKey.DateField field, MessageFacts m) {
        MessageRecord r = m.record();
        return switch (field) {
            case INTERNAL -> r.internalDate().atZone(zone).toLocalDate();
            case SAVED -> (r.saveDate() == null ? r.internalDate() : r.saveDate()).atZone(zone).toLocalDate();
            case SENT -> {
                SortFields f = m.cache().map(MessageCache::sortFields).orElse(null);
                LocalDate sent = f == null ? null : SentDates.of(f.date(), f.sentDate());
                // Cyrus: a message without a usable Date: header was sent when it arrived
                yield sent != null ? sent : r.internalDate().atZone(zone).toLocalDate();
            }
        };
    }

    private static boolean compare(SearchKey.Comparison c, LocalDate value, LocalDate wanted) {
        return switch (c) {
            case BEFORE -> value.isBefore(wanted);
            case ON -> value.isEqual(wanted);
            case SINCE -> !value.isBefore(wanted);
        };
    }

    private static boolean header(SearchKey.Header h, MessageFacts m) {
        if (IndexedHeaders.isIndexed(h.field())) {
            var fields = m.cache().map(MessageCache::sortFields);
            if (fields.isEmpty()) {
                return false;
            }
            String value = IndexedHeaders.value(fields.get(), h.field());
            if (IndexedHeaders.complete(value)) {
                return value != null && TextMatcher.contains(value, h.text());
            }
        }
        return m.fileMatches(h);
    }

    /** The keys of a program that may have to be answered from the file, for one pass per message. */
    static List<SearchKey> fileKeys(SearchKey key) {
        List<SearchKey> out = new ArrayList<>();
        collect(key, out);
        return out;
    }

    private static void collect(SearchKey key, List<SearchKey> out) {
        if (key instanceof SearchKey.Header || key instanceof SearchKey.Text) {
            out.add(key);
        } else if (key instanceof SearchKey.Not n) {
            collect(n.key(), out);
        } else if (key instanceof SearchKey.Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (key instanceof SearchKey.And a) {
            a.keys().forEach(k -> collect(k, out));
        }
    }
}
