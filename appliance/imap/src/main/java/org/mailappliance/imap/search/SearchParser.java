package org.mailappliance.imap.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mailappliance.imap.command.CommandParser;
import org.mailappliance.imap.modseq.ModSeqArguments;
import org.mailappliance.imap.objectid.ObjectIds;
import org.mailappliance.imap.parse.Arguments;
import org.mailappliance.imap.parse.ImapReader;
import org.mailappliance.imap.parse.ParseException;
import org.mailappliance.mailstore.message.SystemFlag;

/**
 * Decodes the arguments of SEARCH (RFC 3501/9051 §6.4.4, RETURN of RFC 4731, WITHIN of RFC 5032, SAVEDATE of
 * RFC 8514) into a {@link SearchRequest}. Every error is a {@link ParseException} whose text is the BAD reason; an
 * unsupported CHARSET is not an error here (the handler answers NO [BADCHARSET]).
 */
public final class SearchParser implements CommandParser<SearchRequest> {
    /**
     * NOT and OR nest without parentheses, so the reader's list depth does not bound them; this bound keeps the
     * recursion of parsing and evaluation safe.
     */
    static final int MAX_NESTING = 100;

    private int nesting;
    private boolean utf8Strings = true;

    /** A fresh parser per command: it keeps the nesting depth and the charset while it reads. */
    public static CommandParser<SearchRequest> parser() {
        return reader -> new SearchParser().parse(reader);
    }

    @Override
    public SearchRequest parse(ImapReader r) throws ParseException {
        r.space("search key");
        Set<SearchRequest.ReturnOption> returns = null;
        if (r.tryKeyword("RETURN")) {
            returns = returnOptions(r);
            r.space("search key");
        }
        String charset = null;
        if (r.tryKeyword("CHARSET")) {
            if (r.utf8Accept()) {
                // RFC 6855 §3: with UTF8=ACCEPT every string is UTF-8; a charset label can only conflict
                throw new ParseException("SEARCH CHARSET is not allowed after ENABLE UTF8=ACCEPT (strings are UTF-8)");
            }
            r.space("charset");
            charset = r.astring("charset");
            utf8Strings = SearchRequest.isSupported(charset);
            r.space("search key");
        }
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(key(r));
        } while (r.trySpace());
        return new SearchRequest(returns, charset, keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys));
    }

    /**
     * The search keys of SORT and THREAD (RFC 5256 {@code search-criteria} after its charset): {@code 1*(SP
     * search-key)} with the first SP already read; strings are read under {@code charset}.
     */
    static SearchKey keys(ImapReader r, String charset) throws ParseException {
        SearchParser parser = new SearchParser();
        parser.utf8Strings = SearchRequest.isSupported(charset);
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(parser.key(r));
        } while (r.trySpace());
        return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
    }

    private static Set<SearchRequest.ReturnOption> returnOptions(ImapReader r) throws ParseException {
        r.space("RETURN options");
        r.openList("RETURN options");
        Set<SearchRequest.ReturnOption> out = EnumSet.noneOf(SearchRequest.ReturnOption.class);
        if (r.tryCloseList()) {
            return out;
        }
        do {
            String name = r.atom("RETURN option").toUpperCase(Locale.ROOT);
            try {
                out.add(SearchRequest.ReturnOption.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new ParseException("Unknown RETURN option " + name);
            }
        } while (r.trySpace());
        r.closeList("RETURN options");
        return out;
    }

    private SearchKey key(ImapReader r) throws ParseException {
        if (++nesting > MAX_NESTING) {
            throw new ParseException("Search keys are nested too deeply (at most " + MAX_NESTING + ")");
        }
        try {
            return keyBody(r);
        } finally {
            nesting--;
        }
    }

    private SearchKey keyBody(ImapReader r) throws ParseException {
        if (r.tryOpenList()) {
            List<SearchKey> keys = new ArrayList<>();
            if (r.peek() == ')') {
                throw new ParseException("Empty parenthesized search key list");
            }
            do {
                keys.add(key(r));
            } while (r.trySpace());
            r.closeList("search key list");
            return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
        }
        int c = r.peek();
        if ((c >= '0' && c <= '9') || c == '*' || c == '$') {
            return new SearchKey.Set(Arguments.sequenceSet(r, "sequence set"), false);
        }
        if (c == -1 || c == ')') {
            throw new ParseException("Missing search key");
        }
        String name = r.atom("search key").toUpperCase(Locale.ROOT);
        return switch (name) {
            case "ALL", "SAVEDATESUPPORTED" -> new SearchKey.All();
            case "ANSWERED" -> flag(SystemFlag.ANSWERED, true);
            case "DELETED" -> flag(SystemFlag.DELETED, true);
            case "DRAFT" -> flag(SystemFlag.DRAFT, true);
            case "FLAGGED" -> flag(SystemFlag.FLAGGED, true);
            case "SEEN" -> flag(SystemFlag.SEEN, true);
            case "UNANSWERED" -> flag(SystemFlag.ANSWERED, false);
            case "UNDELETED" -> flag(SystemFlag.DELETED, false);
            case "UNDRAFT" -> flag(SystemFlag.DRAFT, false);
            case "UNFLAGGED" -> flag(SystemFlag.FLAGGED, false);
            case "UNSEEN" -> flag(SystemFlag.SEEN, false);
            case "RECENT" -> new SearchKey.Recent();
            case "NEW" -> new SearchKey.And(List.of(new SearchKey.Recent(), flag(SystemFlag.SEEN, false)));
            case "OLD" -> new SearchKey.Not(new SearchKey.Recent());
            case "KEYWORD" -> new SearchKey.Keyword(keyword(r), true);
            case "UNKEYWORD" -> new SearchKey.Keyword(keyword(r), false);
            case "BEFORE" -> date(r, SearchKey.DateField.INTERNAL, SearchKey.Comparison.BEFORE, name);
            case "ON" -> date(r, SearchKey.DateField.INTERNAL, SearchKey.Comparison.ON, name);
            case "SINCE" -> date(r, SearchKey.DateField.INTERNAL, SearchKey.Comparison.SINCE, name);
            case "SENTBEFORE" -> date(r, SearchKey.DateField.SENT, SearchKey.Comparison.BEFORE, name);
            case "SENTON" -> date(r, SearchKey.DateField.SENT, SearchKey.Comparison.ON, name);
            case "SENTSINCE" -> date(r, SearchKey.DateField.SENT, SearchKey.Comparison.SINCE, name);
            case "SAVEDBEFORE" -> date(r, SearchKey.DateField.SAVED, SearchKey.Comparison.BEFORE, name);
            case "SAVEDON" -> date(r, SearchKey.DateField.SAVED, SearchKey.Comparison.ON, name);
            case "SAVEDSINCE" -> date(r, SearchKey.DateField.SAVED, SearchKey.Comparison.SINCE, name);
            case "OLDER" -> within(r, true, name);
            case "YOUNGER" -> within(r, false, name);
            case "LARGER" -> size(r, true, name);
            case "SMALLER" -> size(r, false, name);
            case "MODSEQ" -> modSeq(r);
            case "UID" -> {
                r.space("UID set");
                yield new SearchKey.Set(Arguments.sequenceSet(r, "UID set"), true);
            }
            case "SUBJECT", "FROM", "TO", "CC", "BCC" ->
                    new SearchKey.Header(capitalized(name), string(r, name + " string"));
            case "HEADER" -> {
                r.space("header field name");
                String field = r.astring("header field name");
                if (field.isEmpty() || !field.chars().allMatch(ch -> ch > ' ' && ch < 127 && ch != ':')) {
                    throw new ParseException("Invalid header field name");
                }
                yield new SearchKey.Header(field, string(r, "HEADER string"));
            }
            case "EMAILID", "THREADID" -> {
                r.space(name + " object id");
                String id = r.atom(name + " object id");
                if (!ObjectIds.valid(id)) {
                    throw new ParseException("Invalid " + name + " object id " + id);
                }
                yield new SearchKey.ObjectId(name.equals("THREADID"), id);
            }
            case "BODY" -> new SearchKey.Text(string(r, "BODY string"), false);
            case "TEXT" -> new SearchKey.Text(string(r, "TEXT string"), true);
            case "NOT" -> {
                r.space("search key after NOT");
                yield new SearchKey.Not(key(r));
            }
            case "OR" -> {
                r.space("first search key of OR");
                SearchKey left = key(r);
                r.space("second search key of OR");
                yield new SearchKey.Or(left, key(r));
            }
            default -> throw new ParseException("Unknown search key " + name);
        };
    }

    /** {@code MODSEQ [SP entry-name SP entry-type-req] SP mod-sequence-valzer}. */
    private static SearchKey modSeq(ImapReader r) throws ParseException {
        r.space("MODSEQ value");
        if (r.atString()) {
            String entry = r.string("MODSEQ entry name");
            if (!entry.startsWith("/flags/") || entry.length() == "/flags/".length()) {
                throw new ParseException("Invalid MODSEQ entry name \"" + entry + "\": expected \"/flags/<flag>\"");
            }
            r.space("MODSEQ entry type");
            String type = r.atom("MODSEQ entry type").toLowerCase(Locale.ROOT);
            if (!type.equals("priv") && !type.equals("shared") && !type.equals("all")) {
                throw new ParseException("Invalid MODSEQ entry type " + type + ": expected priv, shared or all");
            }
            r.space("MODSEQ value");
        }
        return new SearchKey.ModSeq(ModSeqArguments.valzer(r, "MODSEQ value"));
    }

    /** Whether a search program has a MODSEQ key (then the result carries the highest modseq, RFC 7162 §3.1.5). */
    static boolean hasModSeq(SearchKey key) {
        if (key instanceof SearchKey.ModSeq) {
            return true;
        } else if (key instanceof SearchKey.Not n) {
            return hasModSeq(n.key());
        } else if (key instanceof SearchKey.Or o) {
            return hasModSeq(o.left()) || hasModSeq(o.right());
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().anyMatch(SearchParser::hasModSeq);
        }
        return false;
    }

    private static SearchKey flag(SystemFlag flag, boolean set) {
        return new SearchKey.Flag(flag, set);
    }

    private static String keyword(ImapReader r) throws ParseException {
        r.space("keyword");
        return r.atom("keyword");
    }

    private static SearchKey date(ImapReader r, SearchKey.DateField field, SearchKey.Comparison cmp, String name)
            throws ParseException {
        r.space(name + " date");
        LocalDate date = Arguments.date(r, name + " date");
        return new SearchKey.DateKey(field, cmp, date);
    }

    private static SearchKey within(ImapReader r, boolean older, String name) throws ParseException {
        r.space(name + " interval");
        return new SearchKey.Within(older, r.nzNumber(name + " interval"));
    }

    private static SearchKey size(ImapReader r, boolean larger, String name) throws ParseException {
        r.space(name + " size");
        return new SearchKey.Size(larger, r.number64(name + " size"));
    }

    /**
     * An astring argument as text. Its octets are UTF-8 (US-ASCII is a subset); under an unsupported charset they
     * are kept one char per octet, since the command is refused with NO [BADCHARSET] anyway.
     */
    private String string(ImapReader r, String what) throws ParseException {
        r.space(what);
        if (!r.atString()) {
            return r.astring(what);
        }
        byte[] bytes = r.stringBytes(what);
        if (!utf8Strings) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(s.getBytes(StandardCharsets.UTF_8), bytes)) {
            throw new ParseException(what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1)
                    + " is not valid UTF-8");
        }
        return s;
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
