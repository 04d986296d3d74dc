package org.mailappliance.nntp.command;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.mailappliance.connector.api.Connection;
import org.mailappliance.nntp.port.ArticleFile;
import org.mailappliance.nntp.port.ArticleRef;
import org.mailappliance.nntp.port.GroupInfo;
import org.mailappliance.nntp.port.Newsgroups;
import org.mailappliance.nntp.port.NewsgroupsException;
import org.mailappliance.nntp.port.Overview;
import org.mailappliance.nntp.session.NntpSession;
import org.mailappliance.nntp.stream.HeaderReader;
import org.mailappliance.nntp.text.ArticleRange;
import org.mailappliance.nntp.text.MessageIds;
import org.mailappliance.nntp.text.Wildmat;

/**
 * OVER/XOVER, HDR/XHDR and XPAT (RFC 3977 §8.3, §8.5; RFC 2980 §2.6, §2.8, §2.9). Overview fields come from the
 * store's cache computed at delivery; HDR of any other header reads just the header block of each article. XPAT is
 * HDR filtered by a wildmat on the value as HDR shows it (case-sensitive, as INN and Cyrus match); its patterns
 * are joined by single spaces into one wildmat (RFC 2980 §2.9), and no match is an empty 221 list.
 */
final class OverviewCommands {
    private final Newsgroups newsgroups;

    OverviewCommands(Newsgroups newsgroups) {
        this.newsgroups = newsgroups;
    }

    /** The selection of an OVER/HDR argument: articles of a group in a range, or one article by message-id. */
    private record Selection(String group, ArticleRange range, String messageId, ArticleRef ref) {
    }

    void over(NntpSession s, CommandLine c) {
        if (c.count() > 1 || (c.verb().equals("XOVER") && c.count() == 1 && MessageIds.looksLikeOne(c.arg(0)))) {
            Reply.status(s.connection(), 501, "Syntax error");
            return;
        }
        select(s, c.count() == 1 ? c.arg(0) : null).ifPresent(sel -> {
            List<Overview> records = records(sel);
            if (records.isEmpty()) {
                empty(s, sel);
                return;
            }
            Reply.status(s.connection(), 224, "Overview information follows");
            for (Overview o : records) {
                Reply.line(s.connection(), overviewLine(sel.messageId() != null ? 0 : o.number(), o));
            }
            Reply.end(s.connection());
        });
    }

    void hdr(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        boolean legacy = c.verb().equals("XHDR");
        if (c.count() < 1 || c.count() > 2) {
            Reply.status(conn, 501, "Syntax error");
            return;
        }
        String field = c.arg(0);
        select(s, c.count() == 2 ? c.arg(1) : null).ifPresent(sel -> {
            List<Overview> records = records(sel);
            if (records.isEmpty()) {
                empty(s, sel);
                return;
            }
            Reply.status(conn, legacy ? 221 : 225, "Headers follow");
            eachValue(sel, records, field, (number, value) ->
                    Reply.line(conn, number + " " + (value == null ? (legacy ? "(none)" : "") : value)));
            Reply.end(conn);
        });
    }

    void xpat(NntpSession s, CommandLine c) {
        Connection conn = s.connection();
        if (c.count() < 3) {
            Reply.status(conn, 501, "Syntax error: XPAT header range|message-id pattern [pattern ...]");
            return;
        }
        Optional<Wildmat> pattern = Wildmat.parse(String.join(" ", c.args().subList(2, c.count())));
        if (pattern.isEmpty()) {
            Reply.status(conn, 501, "Syntax error in pattern");
            return;
        }
        String field = c.arg(0);
        select(s, c.arg(1)).ifPresent(sel -> {
            List<Overview> records = records(sel);
            Reply.status(conn, 221, "Header follows");
            eachValue(sel, records, field, (number, value) -> {
                if (value != null && pattern.get().matches(value)) {
                    Reply.line(conn, number + " " + value);
                }
            });
            Reply.end(conn);
        });
    }

    /** Calls {@code out} with each selected article's number (0 by message-id) and cleaned value (null: none). */
    private void eachValue(Selection sel, List<Overview> records, String field, BiConsumer<Long, String> out) {
        String group = sel.ref() != null ? sel.ref().group() : sel.group();
        for (Overview o : records) {
            String value = value(group, o, field);
            out.accept(sel.messageId() != null ? 0L : o.number(), value == null ? null : clean(value));
        }
    }

    private Optional<Selection> select(NntpSession s, String argument) {
        if (argument != null && MessageIds.looksLikeOne(argument)) {
            if (!MessageIds.valid(argument)) {
                Reply.status(s.connection(), 501, "Syntax error in message-id");
                return Optional.empty();
            }
            Optional<ArticleRef> ref = newsgroups.byMessageId(argument, s.userid());
            if (ref.isEmpty()) {
                Reply.status(s.connection(), 430, "No article with that message-id");
                return Optional.empty();
            }
            return Optional.of(new Selection(ref.get().group(), null, argument, ref.get()));
        }
        Optional<ArticleRange> range = Optional.empty();
        if (argument != null) {
            range = ArticleRange.parse(argument);
            if (range.isEmpty()) {
                Reply.status(s.connection(), 501, "Syntax error in range");
                return Optional.empty();
            }
        }
        Optional<GroupInfo> group = ReadAccess.selected(newsgroups, s);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        if (range.isEmpty()) {
            if (s.current() < 0) {
                Reply.status(s.connection(), 420, "Current article number is invalid");
                return Optional.empty();
            }
            range = Optional.of(new ArticleRange(s.current(), s.current()));
        }
        return Optional.of(new Selection(group.get().name(), range.get(), null, null));
    }

    private List<Overview> records(Selection sel) {
        if (sel.ref() != null) {
            return newsgroups.overview(sel.ref().group(), sel.ref().number(), sel.ref().number());
        }
        return sel.range().empty() ? List.of() : newsgroups.overview(sel.group(), sel.range().low(),
                sel.range().high());
    }

    private static void empty(NntpSession s, Selection sel) {
        if (sel.messageId() != null) {
            Reply.status(s.connection(), 430, "No article with that message-id");
        } else if (sel.range().low() == sel.range().high()) {
            Reply.status(s.connection(), 423, "No article with that number");
        } else {
            Reply.status(s.connection(), 423, "No articles in that range");
        }
    }

    private String value(String group, Overview o, String field) {
        switch (field.toLowerCase(Locale.ROOT)) {
            case "subject": return o.subject();
            case "from": return o.from();
            case "date": return o.date();
            case "message-id": return o.messageId();
            case "references": return o.references();
            case ":bytes": return Long.toString(o.bytes());
            case ":lines": return o.lines() < 0 ? null : Long.toString(o.lines());
            default:
                if (field.startsWith(":")) {
                    return null;
                }
                Optional<ArticleFile> file = newsgroups.article(group, o.number());
                if (file.isEmpty()) {
                    return null;
                }
                try {
                    return HeaderReader.field(file.get(), field).orElse(null);
                } catch (IOException e) {
                    throw new NewsgroupsException("reading the header of article " + o.number() + " in " + group, e);
                }
        }
    }

    static String overviewLine(long number, Overview o) {
        return number + "\t" + clean(o.subject()) + "\t" + clean(o.from()) + "\t" + clean(o.date()) + "\t"
                + clean(o.messageId()) + "\t" + clean(o.references()) + "\t" + o.bytes() + "\t"
                + (o.lines() < 0 ? "" : Long.toString(o.lines()));
    }

    /** RFC 3977 §8.3.2: TAB, CR and LF in a value become spaces; absent values are empty. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ").strip();
    }
}
